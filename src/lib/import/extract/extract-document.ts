/**
 * Stage 5 of the importer: classify a structured document, then extract it
 * with the extractor of its kind. Off-topic documents come back with
 * `kind: null` and a Chinese reason for the import report.
 */
import type { Extraction, ImportKind } from '../model.ts';
import type { ExtractInput, ExtractOptions } from './builder.ts';
import { classifyDocument, titleKind } from './classify.ts';
import { extractDepartment } from './extract-department.ts';
import { extractPolicy } from './extract-policy.ts';
import { extractProcedure } from './extract-procedure.ts';
import { extractReport } from './extract-report.ts';
import { extractRole } from './extract-role.ts';

/** A document the classifier set aside. */
export interface Rejected {
  kind: null;
  /** Short Chinese reason, e.g. 个人简历,与运营管理手册无关. */
  reason: string;
  confidence: number;
}

/** The extractor of each kind. */
export const EXTRACTORS: Record<ImportKind, (input: ExtractInput, options?: ExtractOptions) => Extraction> = {
  role: extractRole,
  department: extractDepartment,
  procedure: extractProcedure,
  policy: extractPolicy,
  report: extractReport,
};

/**
 * Classifies a document and extracts it. The extraction's confidence starts
 * from the classifier's and drops for every required field not found.
 */
export function extractDocument(input: ExtractInput): Extraction | Rejected {
  const classification = classifyDocument(input);
  if (classification.kind === null) {
    return { kind: null, reason: classification.reason, confidence: classification.confidence };
  }
  const extraction = EXTRACTORS[classification.kind](input, { confidence: classification.confidence });
  const suggested = titleKind(input.title);
  if (suggested && suggested !== classification.kind) {
    // Scraped collections file documents under unrelated titles (运营主管工作计划篇一 holding a job description).
    // About the source's title, not the extracted field (which may well be right): no field.
    extraction.flags.unshift({
      message: `原标题“${input.title.trim()}”像是${KIND_NAMES[suggested]},但内容是${KIND_NAMES[classification.kind]},已按内容导入,请核对标题`,
    });
  }
  return extraction;
}

/** Chinese name of each kind, for messages. */
export const KIND_NAMES: Record<ImportKind, string> = {
  role: '岗位职责',
  department: '部门职能',
  procedure: '流程制度',
  policy: '管理办法/方案',
  report: '工作计划/总结',
};
