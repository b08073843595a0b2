/**
 * /new/handbook.json — what the “新建报告” page needs, built with the site:
 * the scaffolder's snapshot of the published handbook (roles, departments,
 * scheduled procedures, plan targets and tasks) and the checked templates.
 * A broken template stops the build with the template's own message.
 */
import type { APIRoute } from 'astro';
import { getHandbook } from '../../data/handbook.ts';
import { loadAllTemplates } from '../../lib/reports/load-templates.ts';
import { buildSnapshot } from '../../lib/reports/snapshot.ts';

export const GET: APIRoute = async () => {
  const handbook = await getHandbook();
  const snapshot = buildSnapshot({
    departments: handbook.departments,
    roles: handbook.roles,
    procedures: handbook.procedures,
    reports: handbook.reports,
  });
  return new Response(JSON.stringify({ snapshot, templates: loadAllTemplates() }), {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
};
