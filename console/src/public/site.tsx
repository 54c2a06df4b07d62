import { useLocale, useMessages } from '../i18n/i18n';

export function PublicSite() {
  const messages = useMessages();
  const { locale, setLocale } = useLocale();
  return (
    <>
      <header>
        <h1>{messages.publicSite.title}</h1>
        <button type="button" onClick={() => setLocale(locale === 'zh-CN' ? 'en' : 'zh-CN')}>
          {messages.shell.language}
        </button>
      </header>
      <main>
        <p>{messages.publicSite.intro}</p>
        <p>
          <a href="/console/">{messages.publicSite.console}</a>
        </p>
      </main>
    </>
  );
}
