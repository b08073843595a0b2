import { VFile } from 'vfile';
import fs from 'node:fs';
import { cleanSource } from '../../src/lib/import/clean/clean-lines.ts';
import { splitDocuments } from '../../src/lib/import/split/split-documents.ts';
for (const f of fs.readdirSync('/work/shared/seeds')) {
  const text = fs.readFileSync('/work/shared/seeds/'+f,'utf8');
  const file = new VFile({ path: f, value: text });
  const lines = text.split(/\r?\n/).map((t,i)=>({line:i+1,text:t}));
  const { source, summary } = cleanSource({ file, encoding: 'UTF-8', lines });
  const { documents, dropped } = splitDocuments(source, f);
  console.log('==', f, JSON.stringify(summary));
  for (const d of dropped) console.log('  DROP', d.startLine, d.endLine, d.title.slice(0,30), d.reason);
  for (const d of documents) console.log('  DOC', d.startLine, d.endLine, d.lang, d.title.slice(0,40), '|', (d.lines[0]?.text ?? '').slice(0,30));
  for (const m of file.messages.filter(m=>m.ruleId!=='placeholder')) console.log('   msg', m.line, m.reason.slice(0,60));
}
