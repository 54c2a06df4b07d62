/**
 * What the policy pages share: the profiles (GET /v1/policies, public), a profile's name in the UI's
 * language, a document as it is cited, a rule's source (document, article, quote, note) and where its
 * value was set (this version, or the profile and version it inherits from).
 */
import { useQuery } from '@tanstack/react-query';
import { Typography } from 'antd';
import { Link } from 'react-router';
import { publicApi, unwrap, type Schemas } from '../../http/client';
import { useLocale, useMessages } from '../../i18n/console';
import type { Locale } from '../../i18n/messages';
import { ToneTag } from '../case/tone-tag';

export type PolicyProfile = Schemas['PolicyProfile'];
export type PolicyVersion = Schemas['PolicyVersion'];
export type PolicyDocument = Schemas['PolicyDocument'];
export type Provenance = PolicyVersion['provenance'][number];

/** A link inside a sentence: underlined, not told by its colour alone (WCAG 1.4.1). */
export const INLINE_LINK = { textDecoration: 'underline' } as const;

export const versionPath = (profile: string, version: string) =>
  `/policies/${encodeURIComponent(profile)}/versions/${encodeURIComponent(version)}`;

export function nameIn(locale: Locale, name: { zh: string; en: string }): string {
  return locale === 'en' ? name.en : name.zh;
}

export function usePolicyProfiles() {
  return useQuery({
    queryKey: ['policies'],
    queryFn: () => unwrap(publicApi.GET('/v1/policies')),
    staleTime: Infinity,
  });
}

/** A profile's name by its id, from the list once it has come; the id until then. */
export function useProfileNames(): (id: string) => string {
  const { locale } = useLocale();
  const profiles = usePolicyProfiles();
  return (id) => {
    const profile = profiles.data?.items.find((candidate) => candidate.id === id);
    return profile ? nameIn(locale, profile.name) : id;
  };
}

/** Every document the profiles cite, by its id. */
export function useDocuments(): Map<string, PolicyDocument> {
  const profiles = usePolicyProfiles();
  return new Map((profiles.data?.items ?? []).map(({ document }) => [document.id, document]));
}

export function DocumentCited({ document }: { document: PolicyDocument }) {
  const messages = useMessages();
  return <>{messages.policies.documentCited(document.title, document.documentNumber)}</>;
}

/** Where a rule comes from: the document and article, the words that say it, and the service's note. */
export function SourceCell({ source }: { source: Provenance['source'] }) {
  const messages = useMessages();
  const documents = useDocuments();
  const document = documents.get(source.document);
  const { policies } = messages;
  return (
    <div data-testid="rule-source">
      <div>
        {document ? <DocumentCited document={document} /> : source.document} ·{' '}
        {policies.source.article(source.article)}
      </div>
      {source.quote && (
        <Typography.Paragraph type="secondary" style={{ margin: '4px 0 0' }}>
          {policies.source.quote}
          <span lang="zh-CN">“{source.quote}”</span>
        </Typography.Paragraph>
      )}
      {source.note && (
        <Typography.Paragraph type="secondary" style={{ margin: '4px 0 0' }}>
          {policies.source.note}
          <span lang="en">{source.note}</span>
        </Typography.Paragraph>
      )}
    </div>
  );
}

/** Whether this version set the rule, or from which profile and version it inherits it. */
export function OriginCell({ provenance }: { provenance: Provenance }) {
  const messages = useMessages();
  const profileName = useProfileNames();
  if (provenance.setHere)
    return (
      <ToneTag tone="info" data-testid="rule-origin">
        {messages.policies.setHere}
      </ToneTag>
    );
  return (
    <span data-testid="rule-origin">
      {messages.policies.inheritedFrom}{' '}
      <Link to={versionPath(provenance.profile, provenance.version)} style={INLINE_LINK}>
        {messages.policies.versionLink(profileName(provenance.profile), provenance.version)}
      </Link>
    </span>
  );
}
