// custom-elements.json for @civic-widgets/elements, from the JSDoc tags on each element class.
export default {
  globs: ['packages/elements/src/**/*.ts'],
  exclude: ['packages/elements/src/**/*.test.ts', 'packages/elements/src/**/messages/**'],
  outdir: 'packages/elements',
  litelement: true,
  packagejson: false,
  plugins: [
    {
      name: 'civic-typed-emit',
      // `emit(name, detail)` in the base class is not an event of its own: the @event tags list the real ones.
      packageLinkPhase({ customElementsManifest }) {
        for (const mod of customElementsManifest.modules) {
          for (const declaration of mod.declarations ?? []) {
            if (declaration.events) declaration.events = declaration.events.filter((e) => e.name?.startsWith('civic-'));
          }
        }
      },
    },
  ],
};
