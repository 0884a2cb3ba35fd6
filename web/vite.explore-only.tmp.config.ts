import base from './vite.config';
import { fileURLToPath } from 'node:url';
export default { ...base, build: { ...base.build, emptyOutDir: false, rollupOptions: { ...base.build!.rollupOptions, input: { explore: fileURLToPath(new URL('explore.html', import.meta.url)) } } } };
