// The web app's layers, as an ESLint rule (`deskbook-web/feature-borders`):
//   app/         wires the app (router, providers, layout, i18n set-up); may import anything.
//   features/x/  one feature. Uses another feature only through that feature's public entries
//                (`features/y/index.ts`, and `features/y/ui.ts` for UI kept out of the data entry),
//                never the app/ folder (tests excepted: they render the wired app).
//   api/, components/, forms/, lib/: shared by features; import neither features nor app/.
import path from 'node:path';

const SRC_MARKER = '/apps/web/src/';
const PUBLIC_ENTRIES = new Set(['', 'index', 'ui']);
const SHARED_LAYERS = new Set(['api', 'components', 'forms', 'lib']);

/** `apps/web/src`-relative location of a file: ['features', 'booking', 'pages', 'BookPage.tsx']. */
function srcParts(filename) {
  const normalized = filename.split(path.sep).join('/');
  const at = normalized.lastIndexOf(SRC_MARKER);
  return at === -1 ? null : normalized.slice(at + SRC_MARKER.length).split('/');
}

function isTestFile(parts) {
  return /\.test\.tsx?$/.test(parts.at(-1) ?? '');
}

/** @type {import('eslint').Rule.RuleModule} */
const featureBorders = {
  meta: {
    type: 'problem',
    docs: { description: "Keeps features out of app/ and out of each other's internals" },
    schema: [],
    messages: {
      featureImportsApp:
        "Features do not import from app/ (it only wires the app): move '{{target}}' to src/lib/ or another shared folder.",
      featureInternals:
        "'{{target}}' is internal to the {{feature}} feature: import it from 'features/{{feature}}' (its index.ts), and export it there if other features need it.",
      sharedImportsUp: "src/{{layer}}/ is shared by the features: it imports neither a feature nor app/ ('{{target}}').",
    },
  },
  create(context) {
    const importer = srcParts(context.filename);
    if (!importer || importer.length < 2) return {};
    const [layer, feature] = importer;
    const test = isTestFile(importer);

    function check(node, source) {
      if (!source || typeof source.value !== 'string' || !source.value.startsWith('.')) return;
      const resolved = path.posix.normalize(path.posix.join(importer.slice(0, -1).join('/'), source.value));
      const [targetLayer, targetFeature, ...rest] = resolved.split('/');
      if (layer === 'features') {
        if (targetLayer === 'app' && !test) {
          context.report({ node, messageId: 'featureImportsApp', data: { target: source.value } });
        }
        if (targetLayer === 'features' && targetFeature !== feature && !PUBLIC_ENTRIES.has(rest.join('/').replace(/\.tsx?$/, ''))) {
          context.report({ node, messageId: 'featureInternals', data: { target: source.value, feature: targetFeature } });
        }
      } else if (SHARED_LAYERS.has(layer) && (targetLayer === 'features' || targetLayer === 'app')) {
        context.report({ node, messageId: 'sharedImportsUp', data: { layer, target: source.value } });
      }
    }

    return {
      ImportDeclaration: (node) => check(node, node.source),
      ExportNamedDeclaration: (node) => check(node, node.source),
      ExportAllDeclaration: (node) => check(node, node.source),
      ImportExpression: (node) => check(node, node.source.type === 'Literal' ? node.source : null),
    };
  },
};

export default { rules: { 'feature-borders': featureBorders } };
