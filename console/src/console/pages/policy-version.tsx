/**
 * One version of a policy profile (政策配置版本), from the public GET /v1/policies/:id/versions/:version:
 * per dimension a table of its rules in words, then the timings and the general rules; for each rule its
 * source (document, article, the document's words, the service's note) and whether this version set it
 * or inherited it — from which profile and version, linked. The case page links here.
 */
import { useQuery } from '@tanstack/react-query';
import { Descriptions, Spin, Table, Typography } from 'antd';
import type { HTMLAttributes, ReactNode } from 'react';
import { Link, useParams } from 'react-router';
import { LoadFailure } from '../load-failure';
import { publicApi, unwrap } from '../../http/client';
import { useLocale, useMessages } from '../../i18n/console';
import type { Messages } from '../../i18n/messages';
import type { paths } from '../../http/schema';
import {
  DocumentCited,
  nameIn,
  OriginCell,
  SourceCell,
  useProfileNames,
  versionPath,
  type PolicyVersion,
  type Provenance,
} from '../policies/policies';

/** The API checks the ids (400 for one it does not know); the URL gives strings. */
type VersionPathParams = paths['/v1/policies/{id}/versions/{version}']['get']['parameters']['path'];
type Dimension = keyof PolicyVersion['dimensions'];
type DimensionRules = PolicyVersion['dimensions'][Dimension];
type Timings = PolicyVersion['timings'];
type GeneralRules = PolicyVersion['rules'];

const DIMENSIONS: readonly Dimension[] = ['energy', 'environment', 'quality', 'safety', 'technology'];
const DIMENSION_RULES: readonly (keyof DimensionRules)[] = [
  'owners',
  'firstMeasure',
  'rectificationMonths',
  'extensionMaxMonths',
  'failureLeadsTo',
  'electricityPricing',
  'waterPricing',
  'licence',
  'dischargePermitRefused',
  'exitByYearEnd',
  'majorHazardHalt',
  'emissionLists',
];
const TIMINGS: readonly (keyof Timings)[] = [
  'reminderDaysBeforeDeadline',
  'governmentDecisionDays',
  'governmentReminderAfterDays',
  'exitMonths',
  'dismantlingMonths',
  'tipVerificationDays',
  'milestoneReminderDays',
];
const GENERAL_RULES: readonly (keyof GeneralRules)[] = [
  'creditPublication',
  'differentialCredit',
  'sealedCountsAsExited',
  'revisitMonths',
  'capacitySwapOwners',
  'memberUnits',
  'yearMilestones',
];

interface RuleRow {
  /** The rule's name in the API's provenance: 'energy.waterPricing', 'timings.exitMonths', 'rules.memberUnits'. */
  rule: string;
  name: string;
  value: ReactNode;
  provenance: Provenance | undefined;
}

const yesNo = (messages: Messages, value: boolean) =>
  value ? messages.policies.values.yes : messages.policies.values.no;

function listOf(messages: Messages, items: readonly string[]): string {
  return items.length === 0 ? messages.policies.values.none : items.join(messages.policies.values.separator);
}

function dimensionValue<K extends keyof DimensionRules>(
  messages: Messages,
  rule: K,
  rules: DimensionRules,
): string {
  const { labels } = messages;
  const values = messages.policies.values;
  switch (rule) {
    case 'owners':
      return listOf(
        messages,
        rules.owners.map((department) => labels.department[department]),
      );
    case 'firstMeasure':
      return labels.firstMeasure[rules.firstMeasure];
    case 'rectificationMonths':
      return rules.rectificationMonths === null
        ? values.noRectification
        : rules.rectificationMonths === 'set_by_department'
          ? values.setByDepartment
          : values.months(rules.rectificationMonths);
    case 'extensionMaxMonths':
      return rules.extensionMaxMonths === null
        ? values.noExtension
        : values.extension(rules.extensionMaxMonths);
    case 'failureLeadsTo':
      return labels.failureConsequence[rules.failureLeadsTo];
    case 'licence':
      return rules.licence === null
        ? values.none
        : values.licence(
            labels.licenceMeasure[rules.licence.measure],
            labels.licenceMoment[rules.licence.when],
          );
    default:
      return yesNo(messages, rules[rule] as boolean);
  }
}

function timingValue(messages: Messages, timing: keyof Timings, timings: Timings): string {
  const values = messages.policies.values;
  switch (timing) {
    case 'reminderDaysBeforeDeadline':
    case 'milestoneReminderDays':
      return timings[timing].length === 0
        ? values.none
        : values.daysBefore(timings[timing].join(values.separator));
    case 'governmentReminderAfterDays':
      return values.daysAfter(timings.governmentReminderAfterDays);
    case 'exitMonths':
    case 'dismantlingMonths':
      return values.months(timings[timing]);
    default:
      return values.days(timings[timing]);
  }
}

function generalValue(messages: Messages, rule: keyof GeneralRules, rules: GeneralRules): string {
  const { labels } = messages;
  const values = messages.policies.values;
  switch (rule) {
    case 'creditPublication':
    case 'differentialCredit':
      return listOf(
        messages,
        rules[rule].map((moment) => labels.listingMoment[moment]),
      );
    case 'sealedCountsAsExited':
      return yesNo(messages, rules.sealedCountsAsExited);
    case 'revisitMonths':
      return rules.revisitMonths.length === 0
        ? values.none
        : values.revisits(rules.revisitMonths.join(values.separator));
    case 'capacitySwapOwners':
      return listOf(
        messages,
        rules.capacitySwapOwners.map((department) => labels.department[department]),
      );
    case 'memberUnits':
      return listOf(
        messages,
        rules.memberUnits.map((unit) => labels.memberUnit[unit]),
      );
    case 'yearMilestones':
      return rules.yearMilestones.length === 0
        ? values.none
        : rules.yearMilestones
            .map((milestone) =>
              values.milestone(
                labels.regionLevel[milestone.owedBy],
                labels.milestoneKind[milestone.kind],
                values.milestoneDate(milestone.due.month, milestone.due.day, milestone.due.nextYear === true),
              ),
            )
            .join(values.listSeparator);
  }
}

function RulesSection({ id, title, rows }: { id: string; title: string; rows: RuleRow[] }) {
  const messages = useMessages();
  const { table } = messages.policies;
  return (
    <section aria-labelledby={`section-${id}`} style={{ marginTop: 32 }} data-testid={`rules-${id}`}>
      <Typography.Title level={3} id={`section-${id}`} style={{ fontSize: 20 }}>
        {title}
      </Typography.Title>
      <Table<RuleRow>
        rowKey="rule"
        size="small"
        pagination={false}
        dataSource={rows}
        onRow={(row) => ({ 'data-rule': row.rule }) as HTMLAttributes<HTMLElement>}
        columns={[
          {
            title: table.rule,
            key: 'name',
            width: '20%',
            render: (_, row) => <Typography.Text strong>{row.name}</Typography.Text>,
          },
          { title: table.value, key: 'value', width: '25%', render: (_, row) => row.value },
          {
            title: table.source,
            key: 'source',
            render: (_, row) => (row.provenance ? <SourceCell source={row.provenance.source} /> : null),
          },
          {
            title: table.origin,
            key: 'origin',
            width: '16%',
            render: (_, row) => (row.provenance ? <OriginCell provenance={row.provenance} /> : null),
          },
        ]}
      />
    </section>
  );
}

function VersionBody({ view }: { view: PolicyVersion }) {
  const messages = useMessages();
  const { locale } = useLocale();
  const profileName = useProfileNames();
  const { policies } = messages;
  const provenance = new Map(view.provenance.map((entry) => [entry.rule, entry]));
  const name = nameIn(locale, view.name);
  return (
    <>
      <Link to="/policies">{policies.version.backToList}</Link>
      <Typography.Title level={2} style={{ marginTop: 8 }}>
        {policies.version.title(name, view.version)}
      </Typography.Title>
      <Descriptions
        bordered
        size="small"
        column={1}
        items={[
          {
            key: 'document',
            label: policies.version.document,
            children: (
              <>
                <DocumentCited document={view.document} /> ·{' '}
                {policies.document.issuerIs(view.document.issuer)} ·{' '}
                {policies.document.issuedOn(view.document.issued)}
              </>
            ),
          },
          { key: 'adopted', label: policies.version.adopted, children: view.adopted },
          {
            key: 'inherits',
            label: policies.version.inherits,
            children: view.inherits ? (
              <Link to={versionPath(view.inherits.profile, view.inherits.version)}>
                {policies.versionLink(profileName(view.inherits.profile), view.inherits.version)}
              </Link>
            ) : (
              policies.inheritsNothing
            ),
          },
          {
            key: 'summary',
            label: policies.version.summary,
            children: <span lang="en">{view.summary}</span>,
          },
        ]}
      />
      {DIMENSIONS.map((dimension) => (
        <RulesSection
          key={dimension}
          id={dimension}
          title={policies.version.dimension(messages.labels.dimension[dimension])}
          rows={DIMENSION_RULES.map((rule) => ({
            rule: `${dimension}.${rule}`,
            name: policies.rules[rule],
            value: dimensionValue(messages, rule, view.dimensions[dimension]),
            provenance: provenance.get(`${dimension}.${rule}`),
          }))}
        />
      ))}
      <RulesSection
        id="timings"
        title={policies.version.timings}
        rows={TIMINGS.map((timing) => ({
          rule: `timings.${timing}`,
          name: policies.timings[timing],
          value: timingValue(messages, timing, view.timings),
          provenance: provenance.get(`timings.${timing}`),
        }))}
      />
      <RulesSection
        id="general"
        title={policies.version.general}
        rows={GENERAL_RULES.map((rule) => ({
          rule: `rules.${rule}`,
          name: policies.general[rule],
          value: generalValue(messages, rule, view.rules),
          provenance: provenance.get(`rules.${rule}`),
        }))}
      />
    </>
  );
}

export function PolicyVersionPage() {
  const messages = useMessages();
  const { id = '', version = '' } = useParams();
  const view = useQuery({
    queryKey: ['policy-version', id, version],
    queryFn: () =>
      unwrap(
        publicApi.GET('/v1/policies/{id}/versions/{version}', {
          params: { path: { id, version } as VersionPathParams },
        }),
      ),
  });
  if (view.isPending) return <Spin size="large" tip={messages.common.loading} fullscreen />;
  if (view.error)
    return (
      <LoadFailure
        error={view.error}
        notFound={{
          title: messages.policies.version.notFound,
          detail: messages.policies.version.notFoundDetail,
        }}
        back={{ to: '/policies', label: messages.policies.version.backToList }}
      />
    );
  return <VersionBody view={view.data} />;
}
