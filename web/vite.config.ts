import { defineConfig } from 'vite';

// Built into the Maven module's classes as META-INF/resources: the gateway serves it on its own origin.
export default defineConfig({
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  build: {
    outDir: 'target/classes/META-INF/resources',
    emptyOutDir: true,
    target: 'es2022',
    chunkSizeWarningLimit: 600, // the export chunk (jsPDF) loads only when a PDF is asked for
    // Two pages: the web app, and the hosted survey page respondents open (/s/{token}), which loads only its own code.
    rollupOptions: { input: { app: 'index.html', respond: 'respond.html' } },
  },
});
