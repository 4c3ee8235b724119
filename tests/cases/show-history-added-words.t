# show --history: words a version adds at the end of a provision are a difference (LAB § 3 in LBK 280/2024 adds "jf. kapitel 2 a ...")
cmd: lovgraf show --history 'LAB § 3'
contains:
  LBK nr. 280 af 2024-03-01 (lta-2024-280)
    + “jf. kapitel 2 a om arbejdsløshedskassernes ansvar i lov om organisering
