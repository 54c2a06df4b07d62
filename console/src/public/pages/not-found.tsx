import { Link } from 'react-router';
import { useMessages } from '../../i18n/public';
import { PageHeading } from '../parts';

export function NotFoundPage() {
  const site = useMessages().publicSite;
  return (
    <>
      <PageHeading title={site.notFound.title} />
      <p>
        <Link to="/">{site.notFound.back}</Link>
      </p>
    </>
  );
}
