/** Worker thread of the report-docx integration: writes the Word files, posts how many. */
import { parentPort, workerData } from 'node:worker_threads';
import { writeReportDocx } from '../lib/reports/report-files.ts';

const { contentDir, outDir } = workerData as { contentDir: string; outDir: string };
parentPort!.postMessage(await writeReportDocx(contentDir, outDir));
