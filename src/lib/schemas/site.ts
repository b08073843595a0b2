/** Schema of `content/site.yaml`: the handbook's name and owner, editable by HR. */
import { z } from 'astro/zod';

export const siteSchema = z.object({
  /** Shown in the header and page titles, e.g. 运营管理手册. */
  title: z.string().trim().min(1, '手册名称不能为空'),
  /** Company that publishes the handbook. */
  company: z.string().trim().min(1, '公司名称不能为空'),
  description: z.string().trim().default(''),
  /** Quick links on the home page: entry paths such as `procedures/kaibidian`. */
  quickLinks: z.array(z.object({ label: z.string().trim().min(1), path: z.string().trim().min(1) })).default([]),
});

export type SiteSettings = z.infer<typeof siteSchema>;
