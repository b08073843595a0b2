/** Schema of `content/site.yaml`: the handbook's name and owner, and what its content is trusted to do. Editable by HR. */
import { z } from 'astro/zod';
import { isoDate } from './common.ts';
import { version } from './lifecycle.ts';

/** True when a quick-link path names another site (`https://…`, `//host/…`, `mailto:` …) rather than a page of this one. */
export function isExternalPath(path: string): boolean {
  return /^[a-z][a-z0-9+.-]*:/i.test(path) || path.startsWith('//') || path.startsWith('\\\\');
}

export const siteSchema = z
  .object({
    /** Shown in the header and page titles, e.g. 运营管理手册. */
    title: z.string({ error: '手册名称应为文字' }).trim().min(1, '手册名称不能为空'),
    /** Company that publishes the handbook. */
    company: z.string({ error: '公司名称应为文字' }).trim().min(1, '公司名称不能为空'),
    description: z.string({ error: '简介应为文字' }).trim().default(''),
    /** Edition of the handbook as a whole, printed in the footer of every printed page, e.g. 2.1. */
    version: version.optional().describe('手册版本:打印件每页页脚显示,例如 2.1'),
    /** Date this edition takes effect (YYYY-MM-DD), printed beside the version. */
    effective: isoDate.optional().describe('本版手册的生效日期:打印件每页页脚显示,例如 2026-01-01'),
    /** Address readers open the handbook at, e.g. https://handbook.example.com/: absolute links in the change feed (SITE_URL overrides it). */
    url: z.url({ protocol: /^https?$/, error: '网址应写成 https://handbook.example.com/ 这样的形式' }).optional()
      .describe('网站地址:读者打开手册的网址,例如 https://handbook.example.com/;修订订阅(changes.xml)里的链接用它'),
    /**
     * Quick links on the home page: entry paths such as `procedures/kaibidian`,
     * or `https://…` addresses of hosts listed in `allowedHosts`.
     */
    quickLinks: z
      .array(z.object({ label: z.string().trim().min(1, '快捷入口的名称不能为空'), path: z.string().trim().min(1, '快捷入口的路径不能为空') }))
      .default([]),
    /**
     * 允许代码:为 true 时,内容文件的正文可以写 import/export、{…} 表达式、<script> 和事件属性。
     * 只有全部内容都由技术人员编写和审核时才打开;默认 false。
     */
    allowCode: z.boolean({ error: 'allowCode(允许代码)只能是 true 或 false' }).default(false)
      .describe('允许代码:为 true 时正文可以包含会在构建或浏览时运行的代码(import/export、{…}、<script>、onclick)。默认 false,只有内容全部由技术人员审核时才打开'),
    /** Hosts that quick links may point to, e.g. `oa.example.com`. */
    allowedHosts: z.array(z.string().trim().toLowerCase().min(1, '网站域名不能为空')).default([])
      .describe('允许的外部网站:首页快捷入口可以链接到的其他网站的域名,例如 oa.example.com'),
  })
  .superRefine((site, ctx) => {
    site.quickLinks.forEach((link, i) => {
      if (!isExternalPath(link.path)) return;
      let url: URL | undefined;
      try {
        url = new URL(link.path.startsWith('//') ? `https:${link.path}` : link.path);
      } catch {
        // Reported below as not a web address.
      }
      if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:')) {
        ctx.addIssue({ code: 'custom', path: ['quickLinks', i, 'path'], message: `“${link.path}”不是网页地址:快捷入口只能是站内路径(如 procedures/kaibidian)或 https:// 开头的网址` });
        return;
      }
      if (!site.allowedHosts.includes(url.hostname.toLowerCase())) {
        ctx.addIssue({
          code: 'custom', path: ['quickLinks', i, 'path'],
          message: `快捷入口指向其他网站 ${url.hostname}。确实需要的话,请把这个域名加到 site.yaml 的 allowedHosts 列表里(例如 allowedHosts: [${url.hostname}])`,
        });
      }
    });
  });

export type SiteSettings = z.infer<typeof siteSchema>;
