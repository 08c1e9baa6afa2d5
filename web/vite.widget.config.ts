import { defineConfig } from 'vite';

// The website widget: one self-contained script (widget.js) that brands' sites load from the platform, built beside
// the web app into the same META-INF/resources.
export default defineConfig({
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  build: {
    outDir: 'target/classes/META-INF/resources',
    emptyOutDir: false,
    target: 'es2020',
    lib: { entry: 'src/widget/main.tsx', formats: ['iife'], name: 'parcoursWidget', fileName: () => 'widget.js' },
  },
});
