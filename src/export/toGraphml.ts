import { edgeSourceAttributes } from './edgeSourceAttributes.js';
import type { ExportGraph } from './ExportGraph.js';
import { attributeModel, escapeXml, xmlValue, type AttributeModel } from './xml.js';

function keys(model: AttributeModel[], domain: 'node' | 'edge'): string[] {
  return model.map(
    (a) => `  <key id="${a.id}" for="${domain}" attr.name="${escapeXml(a.name, true)}" attr.type="${a.type}"/>`,
  );
}

function data(model: AttributeModel[], attributes: Record<string, unknown>, indent: string): string[] {
  return model
    .filter((a) => attributes[a.name] !== undefined && attributes[a.name] !== null)
    .map((a) => `${indent}<data key="${a.id}">${escapeXml(xmlValue(attributes[a.name]))}</data>`);
}

/**
 * The subgraph as GraphML (directed): nodes with `label`, `kind` and their
 * properties, edges with `type`, their properties and their citations
 * (`sourceTitles`, `sourceUrls`, `sourceQuotes`, ... as JSON arrays); graph
 * data `truncated`, `edgesTruncated` and the request. Every attribute is declared with the
 * type all its values share; lists and objects are JSON strings.
 */
export function toGraphml(graph: ExportGraph): string {
  const nodeAttributes = graph.nodes.map((n) => ({ label: n.label, kind: n.kind, ...n.attributes }));
  const edgeAttributes = graph.edges.map((e) => ({ type: e.type, ...e.attributes, ...edgeSourceAttributes(e.sources) }));
  const nodeModel = attributeModel(nodeAttributes, 'n');
  const edgeModel = attributeModel(edgeAttributes, 'e');
  const graphData: Record<string, unknown> = { truncated: graph.truncated, edgesTruncated: graph.edgesTruncated, request: graph.request };
  const graphModel: AttributeModel[] = [
    { id: 'g0', name: 'truncated', type: 'boolean' },
    { id: 'g1', name: 'edgesTruncated', type: 'boolean' },
    { id: 'g2', name: 'request', type: 'string' },
  ];
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"',
    '         xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    ...graphModel.map((a) => `  <key id="${a.id}" for="graph" attr.name="${a.name}" attr.type="${a.type}"/>`),
    ...keys(nodeModel, 'node'),
    ...keys(edgeModel, 'edge'),
    '  <graph id="subgraph" edgedefault="directed">',
    ...data(graphModel, graphData, '    '),
  ];
  graph.nodes.forEach((n, i) => {
    lines.push(`    <node id="${escapeXml(n.id, true)}">`, ...data(nodeModel, nodeAttributes[i] ?? {}, '      '), '    </node>');
  });
  graph.edges.forEach((e, i) => {
    lines.push(
      `    <edge id="${escapeXml(e.id, true)}" source="${escapeXml(e.source, true)}" target="${escapeXml(e.target, true)}">`,
      ...data(edgeModel, edgeAttributes[i] ?? {}, '      '),
      '    </edge>',
    );
  });
  lines.push('  </graph>', '</graphml>', '');
  return lines.join('\n');
}
