import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vite';

export default defineConfig({
  plugins: [sveltekit()],
  server: {
    proxy: {
      '/graphql': { target: 'http://127.0.0.1:4000', ws: true, changeOrigin: false },
    },
  },
});
