import type { ApolloServer } from '@apollo/server';
import type { ApiContext } from '../context.js';
import type { GraphValue } from '../analysis/types.js';
import { exportRequest, graphFromData, type ExportAnalysis } from './graphExport.js';

/** An export's graph, or the API's own error (code and message) for the same arguments. */
export type ExportResult = { graph: GraphValue } | { error: { code: string; message: string } };

/**
 * Runs an analysis through Apollo (the same validation, cost limits, resolvers and
 * error masking as `POST /graphql`) and returns its graph.
 */
export async function runExport(
  apollo: ApolloServer<ApiContext>, context: ApiContext, analysis: ExportAnalysis, args: ReadonlyArray<[string, string]>,
): Promise<ExportResult> {
  const request = exportRequest(analysis, args);
  if ('error' in request) return { error: { code: 'BAD_USER_INPUT', message: request.error } };
  const response = await apollo.executeOperation({ query: request.query, variables: request.variables }, { contextValue: context });
  if (response.body.kind !== 'single') return { error: { code: 'INTERNAL_SERVER_ERROR', message: 'unexpected incremental answer' } };
  const { data, errors } = response.body.singleResult;
  if (errors && errors.length > 0) {
    const first = errors[0]!;
    const code = typeof first.extensions?.code === 'string' ? first.extensions.code : 'INTERNAL_SERVER_ERROR';
    return { error: { code, message: first.message } };
  }
  if (!data) return { error: { code: 'INTERNAL_SERVER_ERROR', message: 'the answer holds no data' } };
  return { graph: graphFromData(analysis, data) };
}
