// Browser tests: every *.test.ts under packages/elements, in Debian's Chromium.
import { chromeLauncher } from '@web/test-runner-chrome';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { fileURLToPath } from 'node:url';
import { existsSync } from 'node:fs';
import { chromiumArgs, chromiumPath } from './scripts/chromium.mjs';

export default {
  files: ['packages/elements/src/**/*.test.ts'],
  // Tests import lit from source; the `development` condition gives lit's dev build with its warnings.
  nodeResolve: { exportConditions: ['browser', 'development', 'civic-source'] },
  // A translation is loaded as `import(\`./messages/${lang}.js\`)`, a path only known when it runs:
  // serve the TypeScript source for it, as the compiler's output would be at that path.
  middleware: [
    (context, next) => {
      const file = fileURLToPath(new URL(`.${context.path}`, import.meta.url));
      if (context.path.endsWith('.js') && !existsSync(file) && existsSync(file.replace(/\.js$/, '.ts')))
        context.path = context.path.replace(/\.js$/, '.ts');
      return next();
    },
  ],
  plugins: [
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig: fileURLToPath(new URL('./tsconfig.base.json', import.meta.url)) }),
  ],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: chromiumPath,
        headless: true,
        args: chromiumArgs,
      },
    }),
  ],
  concurrency: 1,
  testFramework: { config: { timeout: 10000 } },
  testsFinishTimeout: 180000,
};
