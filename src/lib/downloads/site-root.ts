// The site's root address with the base (`https://host/sub/path/`) when it is built with SITE_URL, for the
// absolute URLs of data/datapackage.json; undefined without it, and the descriptor keeps to paths.
import { absoluteUrl } from '../urls.ts';

export function siteRoot(site: URL | string | undefined): string | undefined {
  return site ? absoluteUrl('', site) : undefined;
}
