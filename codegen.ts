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
          Document: '../store/rows.js#DocumentRow',
          Task: '../store/rows.js#TaskRow',
          Section: '../store/rows.js#SectionRow',
          Unit: '../store/rows.js#UnitRow',
          Responsibility: '../store/rows.js#ResponsibilityRow',
          Person: '../store/rows.js#PersonRow',
          Assignment: '../store/rows.js#AssignmentRow',
          Evidence: '../store/rows.js#StoredEvidence',
          Stats: '../store/rows.js#GraphCounts',
          Inference: '../model/records.js#Inference as InferenceRecord',
          Project: '../store/rows.js#ProjectRow',
          Place: '../store/rows.js#PlaceRow',
          Target: '../store/rows.js#TargetRow',
          Mention: '../store/rows.js#MentionRow',
          UnitPair: '../api/analysis/types.js#PairValue',
          RecurringProject: '../api/analysis/types.js#RecurringProjectValue',
          ProjectStatusYear: '../api/analysis/types.js#StatusYearValue',
          UnitSuccession: '../api/analysis/types.js#SuccessionValue',
          AccountabilityChain: '../api/analysis/types.js#ChainValue',
          AccountabilityLink: '../api/analysis/types.js#LinkValue',
          Graph: '../api/analysis/types.js#GraphValue',
          GraphNode: '../api/analysis/types.js#GraphNodeValue',
          GraphEdge: '../api/analysis/types.js#GraphEdgeValue',
          CytoscapeElements: '../api/export/toCytoscapeElements.js#CytoscapeElements as CytoscapeElementsValue',
          CytoscapeElement: '../api/export/toCytoscapeElements.js#CytoscapeElement as CytoscapeElementValue',
          SearchHit: '../api/analysis/types.js#SearchHitValue',
          CorpusStats: '../api/analysis/types.js#CorpusStatsValue',
          Resolution: '../api/analysis/groupSurfaces.js#ResolutionValue',
          ResolvedSurface: '../api/analysis/groupSurfaces.js#SurfaceValue',
        },
      },
    },
  },
};

export default config;
