import { browser } from 'wxt/browser';
import { API_ORIGIN, DEVELOPERS_URL, PRIVACY_URL } from '@/utils/clockme/config';
import { t } from '@/utils/i18n';

/** A link that opens in a new tab, and says so to screen readers. */
function NewTabLink({ href, children }: { href: string; children: string }) {
  return (
    <a href={href} target="_blank" rel="noreferrer">
      {children}
      <span className="visually-hidden"> {t('options.about.newTab')}</span>
    </a>
  );
}

/** The options page's "About" section: the extension's version, the API origin it talks to, and ClockMe's privacy and API pages. */
export function AboutSection() {
  return (
    <section aria-labelledby="about-heading">
      <h2 id="about-heading">{t('options.about.heading')}</h2>
      <dl className="about">
        <dt>{t('options.about.version')}</dt>
        <dd>{browser.runtime.getManifest().version}</dd>
        <dt>{t('options.about.apiOrigin')}</dt>
        <dd>
          <code>{API_ORIGIN}</code>
        </dd>
      </dl>
      <ul className="links">
        <li>
          <NewTabLink href={PRIVACY_URL}>{t('options.about.privacy')}</NewTabLink>
        </li>
        <li>
          <NewTabLink href={DEVELOPERS_URL}>{t('options.about.developers')}</NewTabLink>
        </li>
      </ul>
    </section>
  );
}
