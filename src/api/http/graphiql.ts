import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

/*
 * An in-browser IDE that works offline: GraphiQL 3's prebuilt bundle and React
 * 18's UMD builds, served from node_modules by this server. Nothing is fetched
 * from outside localhost (Apollo's default Sandbox loads from a CDN).
 */

const require = createRequire(import.meta.url);
const packageDir = (name: string) => path.dirname(require.resolve(`${name}/package.json`));

/** URL path under which the IDE's files are served. */
export const ASSET_PREFIX = '/graphiql/';

/** Asset name → file on disk and content type. */
const ASSETS: Record<string, { file: string; type: string }> = {
  'react.production.min.js': { file: path.join(packageDir('react'), 'umd/react.production.min.js'), type: 'text/javascript' },
  'react-dom.production.min.js': { file: path.join(packageDir('react-dom'), 'umd/react-dom.production.min.js'), type: 'text/javascript' },
  'graphiql.min.js': { file: path.join(packageDir('graphiql'), 'graphiql.min.js'), type: 'text/javascript' },
  'graphiql.min.css': { file: path.join(packageDir('graphiql'), 'graphiql.min.css'), type: 'text/css' },
};

const DEFAULT_QUERY = `# dutygraph: who is responsible for what, where, and since when.
# Press the run button (or Ctrl-Enter). Docs are in the book icon on the left.
{
  documents(first: 10) {
    totalCount
    nodes { id title year region genre }
  }
  units(first: 5, filter: { nameContains: "经委" }) {
    nodes {
      name aliases
      tasks(first: 2) { totalCount nodes { number text year } }
    }
  }
}
`;

/** The IDE's HTML page, pointed at `endpoint`. */
export function graphiqlPage(endpoint: string): string {
  const script = (name: string) => `<script src="${ASSET_PREFIX}${name}"></script>`;
  return `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>dutygraph — GraphiQL</title>
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <link rel="stylesheet" href="${ASSET_PREFIX}graphiql.min.css">
  <style>html, body, #graphiql { height: 100%; margin: 0; }</style>
</head>
<body>
  <a id="explore-link" href="/explore" style="position:fixed;right:16px;bottom:10px;z-index:100;font:14px sans-serif">Explorer: graph, timelines, exports →</a>
  <div id="graphiql">Loading GraphiQL…</div>
  ${script('react.production.min.js')}
  ${script('react-dom.production.min.js')}
  ${script('graphiql.min.js')}
  <script>
    const fetcher = GraphiQL.createFetcher({ url: ${JSON.stringify(endpoint)} });
    ReactDOM.createRoot(document.getElementById('graphiql')).render(
      React.createElement(GraphiQL, {
        fetcher,
        defaultQuery: ${JSON.stringify(DEFAULT_QUERY)},
        defaultEditorToolsVisibility: true,
      }),
    );
  </script>
</body>
</html>`;
}

/** The file behind an asset URL path, or null when it is not one of ours. */
export function graphiqlAsset(urlPath: string): { file: string; type: string } | null {
  if (!urlPath.startsWith(ASSET_PREFIX)) return null;
  const name = urlPath.slice(ASSET_PREFIX.length);
  // Own keys only: `/graphiql/__proto__` must be a 404, not Object.prototype served as a file.
  return Object.hasOwn(ASSETS, name) ? ASSETS[name]! : null;
}

/** Fails at start-up, not at first page view, when a bundle is missing from node_modules. */
export function checkGraphiqlAssets(): void {
  for (const { file } of Object.values(ASSETS)) fs.accessSync(file, fs.constants.R_OK);
}
