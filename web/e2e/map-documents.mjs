// Reads the map's exported documents the way their users' tools would: the PPTX as the zip of slide XML that
// PowerPoint and LibreOffice open, the CSV as a spreadsheet parses it.
import { readFileSync } from 'node:fs';
import JSZip from 'jszip';

const unescape = (text) => text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"')
  .replace(/&apos;/g, "'").replace(/&amp;/g, '&');

/** The deck's slides in order, each with its texts (runs of <a:t>) and its charts' series values. */
export async function readDeck(path) {
  const zip = await JSZip.loadAsync(readFileSync(path));
  const number = (name) => Number(name.match(/(\d+)\.xml$/)[1]);
  const slideFiles = Object.keys(zip.files).filter((name) => /^ppt\/slides\/slide\d+\.xml$/.test(name))
    .sort((a, b) => number(a) - number(b));
  const slides = [];
  for (const file of slideFiles) {
    const xml = await zip.file(file).async('string');
    const rels = await zip.file(file.replace('slides/', 'slides/_rels/') + '.rels')?.async('string') ?? '';
    const charts = [];
    for (const [, target] of rels.matchAll(/Target="(?:\.\.|\/ppt)\/charts\/(chart\d+\.xml)"/g)) {
      const chart = await zip.file(`ppt/charts/${target}`).async('string');
      charts.push({
        min: Number(chart.match(/<c:min val="([^"]+)"/)?.[1]),
        max: Number(chart.match(/<c:max val="([^"]+)"/)?.[1]),
        series: [...chart.matchAll(/<c:val>([\s\S]*?)<\/c:val>/g)].map(([, values]) =>
          [...values.matchAll(/<c:v>([^<]*)<\/c:v>/g)].map(([, v]) => v === '' ? null : Number(v))),
      });
    }
    slides.push({ texts: [...xml.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map(([, text]) => unescape(text)), charts });
  }
  return slides;
}

/** The CSV's records as lists of fields (RFC 4180: quoted fields, doubled quotes, CRLF), after its byte-order mark. */
export function readCsv(path) {
  const text = readFileSync(path, 'utf8');
  if (!text.startsWith('\uFEFF')) throw new Error('the CSV has no byte-order mark');
  const records = [[]];
  for (const [, field, end] of text.slice(1).matchAll(/"((?:[^"]|"")*)"(,|\r\n)/g)) {
    records[records.length - 1].push(field.replace(/""/g, '"'));
    if (end === '\r\n') records.push([]);
  }
  records.pop();
  return records;
}
