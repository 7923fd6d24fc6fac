/**
 * Where the browser editor publishes in production. Choose the git host here, or with environment variables at build
 * time; README («Redigering i nettleseren») and /bidra/ say how to set each one up.
 * - GitHub: Decap signs in through an OAuth proxy (`BOPRAKSIS_CMS_AUTH_URL`), and each review is a pull request.
 * - GitLab: sign-in with PKCE needs no server of our own, only an OAuth application's id (`BOPRAKSIS_GITLAB_APP_ID`);
 *   each review is a merge request.
 * Either way, CI runs sjekk on the review branch and must be a required check on main (.github/workflows/sjekk.yml,
 * .gitlab-ci.yml).
 */
export interface GitHost {
  name: 'github' | 'gitlab';
  repo: string;
  branch: string;
  authUrl?: string;
  appId?: string;
}

const name = process.env.BOPRAKSIS_GIT_HOST === 'gitlab' ? 'gitlab' : 'github';

export const GIT_HOST: GitHost = {
  name,
  repo: process.env.BOPRAKSIS_REPO ?? 'bopraksis/bopraksis',
  branch: 'main',
  ...(process.env.BOPRAKSIS_CMS_AUTH_URL ? { authUrl: process.env.BOPRAKSIS_CMS_AUTH_URL } : {}),
  ...(process.env.BOPRAKSIS_GITLAB_APP_ID ? { appId: process.env.BOPRAKSIS_GITLAB_APP_ID } : {}),
};

/** The `backend` block of Decap's configuration for a host. */
export function backendConfig(host: GitHost): Record<string, unknown> {
  return {
    name: host.name,
    repo: host.repo,
    branch: host.branch,
    squash_merges: true,
    ...(host.name === 'github' && host.authUrl ? { base_url: host.authUrl } : {}),
    ...(host.name === 'gitlab' ? { auth_type: 'pkce', ...(host.appId ? { app_id: host.appId } : {}) } : {}),
  };
}
