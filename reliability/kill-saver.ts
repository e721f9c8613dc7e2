// The process the kill test starts and kills: it saves one article through the Library over and
// over, and prints each revision on stdout only once Library.save has resolved for it.
import { writeSync } from 'node:fs';
import { Library } from '../electron/services/library';
import { savedFields } from './saved-fields';

const [root, id] = process.argv.slice(2);
if (!root || !id) throw new Error('usage: kill-saver <library folder> <article id>');

const library = await Library.open(root);
let revision = (await library.get(id)).revision;
writeSync(1, 'ready\n');
for (;;) {
  const saved = await library.save(id, revision, savedFields(revision + 1));
  revision = saved.revision;
  // Written synchronously, so an acknowledgement is in the pipe before the next save starts.
  writeSync(1, `${revision}\n`);
}
