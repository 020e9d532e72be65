import nextCoreWebVitals from 'eslint-config-next/core-web-vitals';
import nextTypescript from 'eslint-config-next/typescript';

const config = [
  ...nextCoreWebVitals,
  ...nextTypescript,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/ban-ts-comment': 'error',
      '@typescript-eslint/no-non-null-assertion': 'error',
    },
  },
  { ignores: ['.next/**', '.next-fixtures/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', '.tmp/**', 'next-env.d.ts', 'bench/bare-next/.next/**'] },
];

export default config;
