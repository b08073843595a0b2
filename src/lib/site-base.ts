/** The sub-path the site is served under, from `BASE_PATH` (default `/`), always with slashes at both ends. */
export function siteBase(): string {
  const raw = (process.env.BASE_PATH ?? '/').trim();
  return `/${raw.replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');
}
