import base from './vite.config';
import { fileURLToPath } from 'node:url';
export default { ...base, build: { ...base.build, outDir: '/tmp/explorer-dev/dist-index-only', rollupOptions: { ...base.build!.rollupOptions, input: { index: fileURLToPath(new URL('index.html', import.meta.url)) } } } };
