import type { CodegenConfig } from '@graphql-codegen/cli';

/** Resolver types generated from schema/*.graphql into src/__generated__/ (never edited by hand). */
const config: CodegenConfig = {
  schema: 'schema/*.graphql',
  generates: {
    'src/__generated__/resolvers.ts': {
      plugins: ['typescript', 'typescript-resolvers'],
      config: {
        useIndexSignature: false,
        useTypeImports: true,
        enumsAsTypes: true,
        strictScalars: true,
        scalars: { ID: 'string', JSON: 'unknown' },
        contextType: '../api/context.js#ApiContext',
        mappers: {
          Document: '../store/GraphStore.js#DocumentRow',
          Task: '../store/GraphStore.js#TaskRow',
          Section: '../store/GraphStore.js#SectionRow',
          Unit: '../store/GraphStore.js#UnitRow',
          Responsibility: '../store/GraphStore.js#ResponsibilityRow',
          Evidence: '../store/GraphStore.js#StoredEvidence',
          Stats: '../store/GraphStore.js#GraphCounts',
          Inference: '../ingest/records.js#Inference as InferenceRecord',
        },
      },
    },
  },
};

export default config;
