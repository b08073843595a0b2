/**
 * Where the web editor (Sveltia CMS at /admin/) saves: which Git host, repository
 * and branch. Read from environment variables at build time, so the same
 * project can be published for local editing or for a self-hosted Gitea/GitLab.
 */

/** Git hosts Sveltia CMS can save to. */
export const CMS_BACKENDS = ['github', 'gitlab', 'gitea'] as const;
export type CmsBackendName = (typeof CMS_BACKENDS)[number];

/** Backend section of the editor's configuration (Sveltia CMS's `backend`). */
export interface CmsBackend {
  name: CmsBackendName;
  /** owner/name (GitLab: group/project). */
  repo: string;
  branch?: string;
  /** API of a self-hosted server, e.g. https://git.example.com/api/v1 (Gitea/Forgejo) or …/api/v4 (GitLab). */
  api_root?: string;
  /** OAuth server origin, e.g. https://git.example.com. */
  base_url?: string;
  /** OAuth application (client) id. */
  app_id?: string;
  /** GitLab only: `pkce` lets the browser sign in without a server-side secret. */
  auth_type?: 'pkce';
}

/** Editor settings derived from the environment. */
export interface CmsSettings {
  /** False when `HANDBOOK_CMS=off`: no /admin/ and no “编辑此页” links. */
  enabled: boolean;
  backend: CmsBackend;
}

/** Repository name shown by “使用本地仓库” when no host is configured. */
export const DEFAULT_REPO = 'company/ops-handbook';

/**
 * Reads the editor settings:
 * `HANDBOOK_CMS` (`off` disables the editor), `HANDBOOK_CMS_BACKEND` (github | gitlab | gitea, default gitea),
 * `HANDBOOK_CMS_REPO`, `HANDBOOK_CMS_BRANCH`, `HANDBOOK_CMS_API_ROOT`, `HANDBOOK_CMS_BASE_URL`, `HANDBOOK_CMS_APP_ID`.
 * Throws on an unknown backend name, so a typo stops the build instead of publishing a broken editor.
 */
export function cmsSettings(env: Record<string, string | undefined> = process.env): CmsSettings {
  const name = (env.HANDBOOK_CMS_BACKEND?.trim() || 'gitea') as CmsBackendName;
  if (!CMS_BACKENDS.includes(name)) {
    throw new Error(`HANDBOOK_CMS_BACKEND=${name}: 只能是 ${CMS_BACKENDS.join(' / ')}`);
  }
  const optional = (key: string) => env[key]?.trim() || undefined;
  const backend: CmsBackend = { name, repo: optional('HANDBOOK_CMS_REPO') ?? DEFAULT_REPO };
  const branch = optional('HANDBOOK_CMS_BRANCH');
  const apiRoot = optional('HANDBOOK_CMS_API_ROOT');
  const baseUrl = optional('HANDBOOK_CMS_BASE_URL');
  const appId = optional('HANDBOOK_CMS_APP_ID');
  if (branch) backend.branch = branch;
  if (apiRoot) backend.api_root = apiRoot;
  if (baseUrl) backend.base_url = baseUrl;
  if (appId) backend.app_id = appId;
  if (name === 'gitlab' && appId) backend.auth_type = 'pkce';
  return { enabled: env.HANDBOOK_CMS?.trim().toLowerCase() !== 'off', backend };
}
