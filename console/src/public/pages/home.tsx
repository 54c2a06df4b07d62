/** The public home page: the lists, the published versions and the tip line, each one link away. */
import { Link } from 'react-router';
import { useMessages } from '../../i18n/public';
import { LIST_CODES } from '../data';
import { PageHeading } from '../parts';

export function HomePage() {
  const site = useMessages().publicSite;
  return (
    <>
      <PageHeading title={site.home.title}>{site.title}</PageHeading>
      <p className="lead">{site.intro}</p>
      <section aria-labelledby="home-lists">
        <h2 id="home-lists">{site.home.listsHeading}</h2>
        <p>{site.home.listsIntro}</p>
        <ul className="cards">
          {LIST_CODES.map((list) => (
            <li key={list} className={`card card-${list}`}>
              <Link to={`/lists/${list}`}>{site.listNames[list]}</Link>
              <p>{site.listIntros[list]}</p>
            </li>
          ))}
        </ul>
        <p>
          <Link to="/snapshots">{site.home.snapshotsLink}</Link>
        </p>
      </section>
      <section aria-labelledby="home-tips">
        <h2 id="home-tips">{site.home.tipsHeading}</h2>
        <p>{site.home.tipsIntro}</p>
        <ul className="actions">
          <li>
            <Link to="/tips/new" className="button">
              {site.home.tipLink}
            </Link>
          </li>
          <li>
            <Link to="/tips/follow">{site.home.followLink}</Link>
          </li>
        </ul>
      </section>
    </>
  );
}
