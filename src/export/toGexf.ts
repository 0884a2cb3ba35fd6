import { edgeSourceAttributes } from './edgeSourceAttributes.js';
import type { ExportGraph } from './ExportGraph.js';
import { attributeModel, escapeXml, xmlValue, type AttributeModel, type XmlValueType } from './xml.js';

const GEXF_TYPE: Record<XmlValueType, string> = { boolean: 'boolean', int: 'integer', double: 'double', string: 'string' };

function declarations(model: AttributeModel[], domain: 'node' | 'edge'): string[] {
  return [
    `    <attributes class="${domain}" mode="static">`,
    ...model.map((a) => `      <attribute id="${a.id}" title="${escapeXml(a.name, true)}" type="${GEXF_TYPE[a.type]}"/>`),
    '    </attributes>',
  ];
}

function attvalues(model: AttributeModel[], attributes: Record<string, unknown>): string[] {
  const values = model
    .filter((a) => attributes[a.name] !== undefined && attributes[a.name] !== null)
    .map((a) => `          <attvalue for="${a.id}" value="${escapeXml(xmlValue(attributes[a.name]), true)}"/>`);
  return values.length ? ['        <attvalues>', ...values, '        </attvalues>'] : [];
}

/**
 * The subgraph as GEXF 1.3 for Gephi (directed, static): nodes with their
 * label and attributes `kind` and the properties; edges labelled and kinded
 * with their type, with their properties and citations (`sourceTitles`,
 * `sourceUrls`, `sourceQuotes`, ... as JSON arrays). Attribute ids are
 * numeric with titles, as Gephi expects. The description says whether
 * `limit` truncated its nodes and whether `edgeLimit` truncated its edges.
 */
export function toGexf(graph: ExportGraph): string {
  const nodeAttributes = graph.nodes.map((n) => ({ kind: n.kind, ...n.attributes }));
  const edgeAttributes = graph.edges.map((e) => ({ ...e.attributes, ...edgeSourceAttributes(e.sources) }));
  const nodeModel = attributeModel(nodeAttributes, '');
  const edgeModel = attributeModel(edgeAttributes, '');
  const r = graph.request;
  const description =
    `Subgraph around ${r.ids.join(', ')} (depth ${r.depth}` +
    `${r.relationshipTypes ? `, relationship types ${r.relationshipTypes.join(', ')}` : ''}` +
    `${r.from || r.to ? `, window ${r.from ?? '…'}..${r.to ?? '…'}` : ''}, limit ${r.limit}, edge limit ${r.edgeLimit}); truncated: ${graph.truncated}; edges truncated: ${graph.edgesTruncated}`;
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<gexf xmlns="http://gexf.net/1.3" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"',
    '      xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">',
    `  <meta lastmodifieddate="${new Date().toISOString().slice(0, 10)}">`,
    '    <creator>paradiplomacy-graph</creator>',
    `    <description>${escapeXml(description)}</description>`,
    '  </meta>',
    '  <graph defaultedgetype="directed" mode="static">',
    ...declarations(nodeModel, 'node'),
    ...declarations(edgeModel, 'edge'),
    '    <nodes>',
  ];
  graph.nodes.forEach((n, i) => {
    lines.push(`      <node id="${escapeXml(n.id, true)}" label="${escapeXml(n.label, true)}">`, ...attvalues(nodeModel, nodeAttributes[i] ?? {}), '      </node>');
  });
  lines.push('    </nodes>', '    <edges>');
  graph.edges.forEach((e, i) => {
    lines.push(
      `      <edge id="${escapeXml(e.id, true)}" source="${escapeXml(e.source, true)}" target="${escapeXml(e.target, true)}" label="${escapeXml(e.type, true)}" kind="${escapeXml(e.type, true)}">`,
      ...attvalues(edgeModel, edgeAttributes[i] ?? {}),
      '      </edge>',
    );
  });
  lines.push('    </edges>', '  </graph>', '</gexf>', '');
  return lines.join('\n');
}
