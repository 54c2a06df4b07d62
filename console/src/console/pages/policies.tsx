/**
 * The policy profiles (政策配置): the national default and each locality's document, from the public
 * GET /v1/policies — the name in the UI's language, the region, the document (title, number, issuer,
 * date), the current version and every version with what it changed and what it inherits. Each version
 * links to its page (pages/policy-version.tsx).
 */
import { Alert, Spin, Table, Typography } from 'antd';
import type { HTMLAttributes } from 'react';
import { Link } from 'react-router';
import { useLocale, useMessages } from '../../i18n/console';
import { ToneTag } from '../case/tone-tag';
import {
  DocumentCited,
  INLINE_LINK,
  nameIn,
  useProfileNames,
  usePolicyProfiles,
  versionPath,
  type PolicyProfile,
} from '../policies/policies';

function Versions({ profile }: { profile: PolicyProfile }) {
  const messages = useMessages();
  const { locale } = useLocale();
  const profileName = useProfileNames();
  const { policies } = messages;
  return (
    <ul style={{ margin: 0, paddingInlineStart: 20 }}>
      {[...profile.versions].reverse().map((version) => (
        <li key={version.version} data-testid="policy-version" data-version={version.version}>
          <Link to={versionPath(profile.id, version.version)}>
            {policies.versionLink(nameIn(locale, profile.name), version.version)}
          </Link>{' '}
          {version.version === profile.currentVersion && <ToneTag tone="info">{policies.current}</ToneTag>}
          <div>
            {policies.adopted(version.adopted)} ·{' '}
            {version.inherits ? (
              <>
                {policies.inheritsLabel}{' '}
                <Link
                  to={versionPath(version.inherits.profile, version.inherits.version)}
                  style={INLINE_LINK}
                >
                  {policies.versionLink(profileName(version.inherits.profile), version.inherits.version)}
                </Link>
              </>
            ) : (
              policies.inheritsNothing
            )}
          </div>
          <Typography.Text type="secondary">
            {policies.summaryLabel}
            <span lang="en">{version.summary}</span>
          </Typography.Text>
        </li>
      ))}
    </ul>
  );
}

export function PoliciesPage() {
  const messages = useMessages();
  const { locale } = useLocale();
  const profiles = usePolicyProfiles();
  const { policies } = messages;
  return (
    <>
      <Typography.Title level={2}>{policies.title}</Typography.Title>
      <Typography.Paragraph type="secondary">{policies.intro}</Typography.Paragraph>
      {profiles.error && (
        <Alert
          type="error"
          showIcon
          title={messages.common.errorTitle}
          description={profiles.error.message}
        />
      )}
      {/* A spinner, then the table: no fading overlay over rows that are already there. */}
      {profiles.isPending && <Spin size="large" tip={messages.common.loading} fullscreen />}
      <Table<PolicyProfile>
        rowKey="id"
        dataSource={profiles.data?.items ?? []}
        pagination={false}
        onRow={(profile) => ({ 'data-profile': profile.id }) as HTMLAttributes<HTMLElement>}
        columns={[
          {
            title: policies.columns.name,
            key: 'name',
            render: (_, profile) => <Typography.Text strong>{nameIn(locale, profile.name)}</Typography.Text>,
          },
          {
            title: policies.columns.region,
            key: 'region',
            render: (_, profile) =>
              profile.regionCode === null
                ? policies.nationwide
                : (profile.regionName ?? messages.common.unknownRegion(profile.regionCode)),
          },
          {
            title: policies.columns.document,
            key: 'document',
            render: (_, { document }) => (
              <>
                <div>
                  <DocumentCited document={document} />
                </div>
                <Typography.Text type="secondary">
                  {policies.document.issuerIs(document.issuer)} ·{' '}
                  {policies.document.issuedOn(document.issued)}
                </Typography.Text>
              </>
            ),
          },
          { title: policies.columns.currentVersion, key: 'current', dataIndex: 'currentVersion' },
          {
            title: policies.columns.versions,
            key: 'versions',
            render: (_, profile) => <Versions profile={profile} />,
          },
        ]}
      />
    </>
  );
}
