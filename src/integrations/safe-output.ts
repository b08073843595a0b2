/**
 * Astro integration: the build never empties a folder that is not its own,
 * and never leaves a half-built site in place of a good one.
 *
 * Before anything is written the output folder is checked (see
 * src/lib/build/output-folder.ts); Astro is then pointed at a fresh staging
 * folder beside it, and the finished site is swapped in at the very end,
 * after the search index (this integration must come after searchIndex())
 * and the offline version (service worker and web app manifest, written here
 * so that a bare `astro build` works offline too).
 * `npm run build` makes the staging folder itself, indexes in a second
 * process and publishes; it hands the folder over in BUILD_ENV.staging.
 */
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { AstroIntegration } from 'astro';
import { formatRefusal, refuseOutputFolder } from '../lib/build/output-folder.ts';
import { BUILD_ENV } from '../lib/build/build-site.ts';
import { buildOffline, describeOffline } from '../lib/build/offline.ts';
import { readSiteSettings } from '../lib/content/site-settings.ts';
import { createStaging, discardStaging, publishStaging, removeStaleStaging } from '../lib/build/publish.ts';
import { contentDir, PROJECT_ROOT } from '../lib/content/paths.ts';

export function safeOutput(): AstroIntegration {
  let target = '';
  let staging = '';
  let ownStaging = false;
  let published = false;
  let base = '/';
  return {
    name: 'handbook-safe-output',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig }) => {
        if (command !== 'build') return;
        const handed = process.env[BUILD_ENV.staging];
        if (handed) {
          staging = handed;
        } else {
          target = fileURLToPath(config.outDir);
          const refusal = refuseOutputFolder(target, { projectRoot: PROJECT_ROOT, contentDir: contentDir() });
          if (refusal) {
            console.error(`\n${formatRefusal(refusal)}\n`);
            process.exit(2);
          }
          removeStaleStaging(target);
          staging = createStaging(target);
          ownStaging = true;
          // Whatever ends this process before publishing, the staging folder goes with it.
          process.once('exit', () => {
            if (!published) discardStaging(staging);
          });
          for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => process.exit(130));
        }
        updateConfig({ outDir: pathToFileURL(`${staging}/`) });
      },
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': async ({ logger }) => {
        if (!ownStaging) return;
        logger.info(describeOffline(await buildOffline(staging, base, readSiteSettings(contentDir()))));
        publishStaging(staging, target);
        published = true;
        logger.info(`网站已发布到 ${target}`);
      },
    },
  };
}
