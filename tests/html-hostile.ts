// Shared by the HTML tests (text and browser).

/** An article with every kind of hostile text, and an analysis whose every field carries it too. */
export const HOSTILE_TEXT = [
  '<script>window.__pwned = "script"</script>',
  '',
  'Tin "><img src=x onerror="window.__pwned=\'img\'"> ở Hà Nội',
  '',
  'Xem javascript:window.__pwned=\'link\' và </style><style>body{display:none}</style> cùng \'quote\' & <b>đậm</b>.',
].join('\n');

