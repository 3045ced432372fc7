/** The Spanish chart's section headings, in the order of SECTION_HEADINGS. */
export const SPANISH_HEADINGS = [
  'A quién llamar primero',
  'El equipo',
  'Responsabilidades',
  'Quién hace qué, de un vistazo',
  'Decisiones',
  'Revisiones del plan',
  'Lo que falta y preguntas',
  'Firmas',
];
