import { generic } from './generic';
import { infobrand, isInfobrand } from './infobrand';
import type { PageAddress, SiteAdapter } from './site';

export type { PageAddress, SiteAdapter } from './site';

/** The adapter that knows the site of `url`: INFOBRAND.ID (and sub-sites) or the generic one. */
export function pickSite(url: PageAddress): SiteAdapter {
  return isInfobrand(url) ? infobrand : generic;
}
