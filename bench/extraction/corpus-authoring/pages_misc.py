"""Product, encyclopedia, layout-table, government, corporate and other pages."""

import random

from chrome import comment_thread, css, head
from sites import corporate, govuk, mediawiki, news_modern, shop

GRINDER_BUY = """<!--MAIN--><h1 class="pdp-title">Burrline C40 Conical Burr Coffee Grinder, Matte Black</h1>
<div class="pdp-price"><span class="price-now">£149.00</span> <span class="price-was">Was £179.00</span></div><!--/MAIN-->
<div class="pdp-rating"><a href="#reviews">★★★★½ 4.6 (812 reviews)</a></div>
<!--MAIN--><ul class="pdp-highlights"><li>40 grind settings from espresso to cold brew</li><li>Hardened steel conical burrs</li><li>Low-speed motor keeps beans cool</li><li>Holds 250 g of beans</li></ul><!--/MAIN-->"""

GRINDER_DESC = """<!--MAIN--><h2>Product description</h2>
<p>The Burrline C40 grinds evenly enough for espresso and coarsely enough for a cafetière, with 40 click-stop settings in between. Its 40 mm conical burrs turn at just 450 rpm, so the beans stay cool and the grinder stays quiet: about 68 dB at one metre.</p>
<p>A timer dial doses from 1 to 30 seconds, and the anti-static chamber means grounds drop cleanly into the container instead of clinging to the sides. The upper burr lifts out without tools for cleaning.</p>
<h3>In the box</h3>
<ul><li>C40 grinder with 250 g bean hopper</li><li>Grounds container with lid</li><li>Cleaning brush</li><li>Quick start guide</li></ul><!--/MAIN-->"""

GRINDER_SPECS = """<!--MAIN--><h2>Specifications</h2>
<table class="spec-table"><tbody><tr><th>Burr type</th><td>Conical, hardened steel, 40 mm</td></tr>
<tr><th>Grind settings</th><td>40</td></tr><tr><th>Motor speed</th><td>450 rpm</td></tr>
<tr><th>Power</th><td>150 W</td></tr><tr><th>Hopper capacity</th><td>250 g</td></tr>
<tr><th>Dimensions (H × W × D)</th><td>36 × 13 × 20 cm</td></tr><tr><th>Weight</th><td>2.9 kg</td></tr>
<tr><th>Guarantee</th><td>2 years</td></tr></tbody></table><!--/MAIN-->"""

BOOTS_BUY = """<!--MAIN--><h1 class="pdp-title">Ridgeway Mid GTX Women's Walking Boots</h1>
<div class="pdp-price"><span class="price-now">£124.99</span></div><!--/MAIN-->
<div class="pdp-rating"><a href="#reviews">★★★★☆ 4.3 (219 reviews)</a></div>
<div class="pdp-swatches"><span>Colour: Slate / Teal</span><ul><li><button>Slate / Teal</button></li><li><button>Brown</button></li><li><button>Black</button></li></ul><span>Size</span><ul><li>UK 3</li><li>UK 4</li><li>UK 5</li><li>UK 6</li><li>UK 7</li><li>UK 8</li></ul></div>"""

BOOTS_DESC = """<!--MAIN--><h2>Description</h2>
<p>A lightweight waterproof boot for day walks on rough paths and hill tracks. The breathable membrane keeps water out while letting sweat escape, and the padded collar gives ankle support without stiffness.</p>
<p>The outsole uses a sticky rubber compound with 5 mm lugs for grip on wet rock and mud, and a heel brake for steep descents. A recycled mesh upper and a removable footbed make them comfortable from the first walk.</p>
<ul><li>Waterproof and breathable membrane</li><li>Women's specific fit</li><li>Rubber toe cap against knocks</li><li>Weight: 420 g per boot (UK 5)</li></ul><!--/MAIN-->"""

BOOTS_SPECS = """<!--MAIN--><h2>Specifications</h2>
<table><tr><td>Upper</td><td>Recycled polyester mesh and suede</td></tr><tr><td>Lining</td><td>Waterproof membrane</td></tr>
<tr><td>Midsole</td><td>EVA</td></tr><tr><td>Outsole</td><td>Rubber, 5 mm lugs</td></tr><tr><td>Fit</td><td>Standard width</td></tr></table><!--/MAIN-->"""


def club_iso():
    """A club website from 2003, all layout tables and font tags, served in ISO-8859-1."""
    return """<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">
<title>Harbour Rowing Club - Annual Report 2003</title>
<meta name="keywords" content="rowing, club, harbour, regatta">
<script language="JavaScript">function MM_swapImgRestore() { var i,x,a=document.MM_sr; for(i=0;a&&i<a.length&&(x=a[i])&&x.oSrc;i++) x.src=x.oSrc; }</script>
</head>
<body bgcolor="#FFFFFF" leftmargin="0" topmargin="0" marginwidth="0" marginheight="0">
<table width="760" border="0" cellspacing="0" cellpadding="0" align="center">
<tr><td colspan="3" bgcolor="#003366"><img src="images/header.gif" width="760" height="90" alt="Harbour Rowing Club"></td></tr>
<tr><td colspan="3" bgcolor="#CCCCCC"><font face="Verdana, Arial" size="1">&nbsp;<a href="index.html">Home</a> | <a href="news.html">News</a> | <a href="crews.html">Crews</a> | <a href="regatta.html">Regatta</a> | <a href="membership.html">Membership</a> | <a href="links.html">Links</a> | <a href="contact.html">Contact</a></font></td></tr>
<tr>
<td width="150" valign="top" bgcolor="#E6EEF5">
<table width="150" border="0" cellpadding="4">
<tr><td><font face="Verdana" size="2"><b>Club</b><br><a href="history.html">History</a><br><a href="committee.html">Committee</a><br><a href="boathouse.html">Boathouse</a><br><a href="reports.html">Reports</a></font></td></tr>
<tr><td><font face="Verdana" size="2"><b>Rowing</b><br><a href="learn.html">Learn to row</a><br><a href="juniors.html">Juniors</a><br><a href="masters.html">Masters</a><br><a href="calendar.html">Calendar</a></font></td></tr>
<tr><td><img src="images/sponsor.gif" width="120" height="60" alt="Sponsored by Müller &amp; Söhne Chandlers"></td></tr>
</table>
</td>
<td width="10">&nbsp;</td>
<td width="600" valign="top">
<table width="100%" border="0" cellpadding="0" cellspacing="0">
<tr><td><font face="Verdana" size="1"><a href="reports.html">Reports</a> &gt; Annual Report 2003</font></td></tr>
<tr><td>
<table width="100%" border="0" cellpadding="6" cellspacing="0">
<tr><td valign="top">
<!--MAIN--><h1><font face="Georgia" color="#003366">Annual Report 2003</font></h1>
<p><font face="Verdana" size="2">Presented to the Annual General Meeting on Friday 14 November 2003 by the Captain, Seán Ó Briain.</font></p>
<h2><font face="Georgia">A record season</font></h2>
<p><font face="Verdana" size="2">It has been the club's most successful season since its foundation in 1898. Our crews won 23 events at regattas across the country, including the senior coxed four at the national championships for the first time in fourteen years. Congratulations to every athlete and, above all, to our coaches, who gave up their mornings, evenings and weekends.</font></p>
<p><font face="Verdana" size="2">Membership rose to 212, of whom 64 are juniors. The learn-to-row courses in May and June were full, and 19 of the 30 beginners have stayed on as members: an excellent retention rate that we owe to the patience of Françoise Lefèvre and her team of volunteers.</font></p>
<h2><font face="Georgia">Results</font></h2>
<table border="1" cellpadding="3" cellspacing="0" bordercolor="#999999">
<tr bgcolor="#E6EEF5"><th><font face="Verdana" size="2">Regatta</font></th><th><font face="Verdana" size="2">Event</font></th><th><font face="Verdana" size="2">Result</font></th></tr>
<tr><td><font face="Verdana" size="2">Spring Head</font></td><td><font face="Verdana" size="2">Senior eights</font></td><td><font face="Verdana" size="2">2nd</font></td></tr>
<tr><td><font face="Verdana" size="2">River Regatta</font></td><td><font face="Verdana" size="2">Junior quad sculls</font></td><td><font face="Verdana" size="2">Winner</font></td></tr>
<tr><td><font face="Verdana" size="2">National Championships</font></td><td><font face="Verdana" size="2">Senior coxed four</font></td><td><font face="Verdana" size="2">Winner</font></td></tr>
<tr><td><font face="Verdana" size="2">Harbour Regatta</font></td><td><font face="Verdana" size="2">Masters double sculls</font></td><td><font face="Verdana" size="2">Winner</font></td></tr>
</table>
<h2><font face="Georgia">The boathouse</font></h2>
<p><font face="Verdana" size="2">The new roof was finished in March, on time and 4% under budget, thanks to a grant of £18,000 from the sports council and the generosity of members who donated more than £6,500. The changing rooms are next: plans will be presented at the spring meeting.</font></p>
<p><font face="Verdana" size="2">We said goodbye to our oldest boat, the clinker four <i>Cúchulainn</i>, built in 1952. She has been given to the maritime museum, where she will be on display from next summer.</font></p>
<h2><font face="Georgia">Thanks</font></h2>
<p><font face="Verdana" size="2">My thanks to the committee, to our sponsors Müller &amp; Söhne Chandlers, and to the harbour master for the use of the slipway during the works. See you on the water.</font></p><!--/MAIN-->
</td></tr>
</table>
</td></tr>
<tr><td><font face="Verdana" size="1"><a href="reports2002.html">&lt; Annual Report 2002</a> | <a href="javascript:window.print()">Print this page</a></font></td></tr>
</table>
</td>
</tr>
<tr><td colspan="3" bgcolor="#003366" align="center"><font face="Verdana" size="1" color="#FFFFFF">© 1998-2003 Harbour Rowing Club · Webmaster: <a href="mailto:webmaster@harbourrc.example"><font color="#FFFFFF">webmaster@harbourrc.example</font></a> · Best viewed at 800x600</font></td></tr>
</table>
</body>
</html>"""


def portal_tables():
    """A 2000s news portal: layout tables four deep around one article, a data table inside it."""
    r = random.Random(52)
    left = "".join('<tr><td class="navlink"><img src="/img/arrow.gif" width="7" height="7"> <a href="/section/%s.asp">%s</a></td></tr>' % (w, w.capitalize())
                   for w in ["news", "business", "sport", "weather", "motoring", "property", "jobs", "travel", "entertainment", "horoscopes", "classifieds", "archive"])
    headlines = "".join('<tr><td><font size="1"><a href="/story.asp?id=%d">%s</a></font></td></tr>' % (r.randint(10000, 99999), h) for h in [
        "Ferry timetable changes from Monday", "New car park opens at the hospital", "Rugby: late try seals win",
        "Planning row over seafront hotel", "Schools to get new computers", "Lottery win for harbour syndicate"])
    paragraphs = [
        "Fishermen landed more than 14,000 tonnes of fish at the harbour last year, the highest total for a decade, according to figures published by the harbour board on Tuesday.",
        "The rise was driven by a strong mackerel season and by the arrival of three new boats from the west coast, which moved to the port after the new ice plant opened in the spring.",
        "Harbour master Declan Ferris said the figures showed the port was \"back in business\". \"Ten years ago people were talking about closing the fish market. Today we have boats queuing for a berth,\" he said.",
        "The value of the catch rose by 22 per cent to 31 million, although the board warned that quotas for next year had not yet been agreed and that fuel costs remained a worry for the smaller boats.",
        "The board is now seeking funding for a second ice plant and for the repair of the north pier, which has been closed to heavy vehicles since the storms of last winter.",
    ]
    article = ("<!--MAIN--><h1>Record year for harbour fish landings</h1><p><b>By Staff Reporter</b></p>"
               + "".join("<p>%s</p>" % p for p in paragraphs)
               + '<table border="1" cellpadding="2" cellspacing="0"><tr><th>Species</th><th>Tonnes</th><th>Change</th></tr>'
               '<tr><td>Mackerel</td><td>6,420</td><td>+31%</td></tr><tr><td>Herring</td><td>3,115</td><td>+8%</td></tr>'
               '<tr><td>Whiting</td><td>1,980</td><td>-4%</td></tr><tr><td>Prawns</td><td>1,204</td><td>+15%</td></tr>'
               '<tr><td>Other</td><td>1,377</td><td>+2%</td></tr></table>'
               "<p>The full report is available from the harbour office on the quay.</p><!--/MAIN-->")
    return """<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.0 Transitional//EN">
<html>
<head>
<title>Record year for harbour fish landings - Harbour Evening Echo Online</title>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<link rel="stylesheet" href="/css/main.css" type="text/css">
<script language="JavaScript" src="/js/menu.js"></script>
</head>
<body bgcolor="#FFFFFF" text="#000000" link="#003399" vlink="#663399">
<table width="100%" border="0" cellspacing="0" cellpadding="0">
 <tr><td bgcolor="#990000"><table width="100%" border="0" cellspacing="0" cellpadding="4"><tr><td><img src="/img/logo.gif" width="300" height="60" alt="Harbour Evening Echo"></td><td align="right"><font color="#FFFFFF" size="1">Tuesday, 18 March 2003</font><br><form action="/search.asp"><input type="text" name="q" size="15"><input type="submit" value="Search"></form></td></tr></table></td></tr>
 <tr><td>
  <table width="100%" border="0" cellspacing="0" cellpadding="0">
   <tr>
    <td width="140" valign="top" bgcolor="#EEEEEE"><table width="140" border="0" cellspacing="0" cellpadding="3">""" + left + """</table></td>
    <td valign="top">
     <table width="100%" border="0" cellspacing="0" cellpadding="6">
      <tr><td class="toolbar"><font size="1"><a href="/print.asp?id=48213">Print this story</a> | <a href="/email.asp?id=48213">Email to a friend</a> | <a href="/letters.asp">Write a letter to the editor</a></font></td></tr>
      <tr><td>
       <table width="100%" border="0" cellspacing="0" cellpadding="0">
        <tr>
         <td valign="top">
          <table width="100%" border="0" cellspacing="0" cellpadding="2"><tr><td>""" + article + """</td></tr></table>
         </td>
         <td width="160" valign="top"><table width="160" border="1" cellspacing="0" cellpadding="3" bordercolor="#CCCCCC"><tr><td bgcolor="#EEEEEE"><b><font size="2">Latest headlines</font></b></td></tr>""" + headlines + """</table>
          <table width="160" border="0"><tr><td><img src="/ads/banner_160x600.gif" width="160" height="600" alt="Advertisement"></td></tr></table></td>
        </tr>
       </table>
      </td></tr>
     </table>
    </td>
   </tr>
  </table>
 </td></tr>
 <tr><td bgcolor="#990000" align="center"><font color="#FFFFFF" size="1">© 2003 Harbour Newspapers Ltd. All rights reserved. <a href="/terms.asp"><font color="#FFFFFF">Terms</font></a> | <a href="/privacy.asp"><font color="#FFFFFF">Privacy</font></a></font></td></tr>
</table>
</body>
</html>"""


LIGHTHOUSE = """<!--MAIN--><table class="infobox" style="width:22em"><caption class="infobox-title">Skerry Point Lighthouse</caption><tbody>
<tr><td colspan="2" class="infobox-image"><img alt="" src="/upload/thumb/skerry-point.jpg" width="250" height="333"><div class="infobox-caption">The lighthouse in 2019</div></td></tr>
<tr><th scope="row" class="infobox-label">Location</th><td class="infobox-data">Skerry Point, north coast</td></tr>
<tr><th scope="row" class="infobox-label">Constructed</th><td class="infobox-data">1846</td></tr>
<tr><th scope="row" class="infobox-label">Designed by</th><td class="infobox-data">Alan Stevenson</td></tr>
<tr><th scope="row" class="infobox-label">Height</th><td class="infobox-data">26 m (85 ft)</td></tr>
<tr><th scope="row" class="infobox-label">Automated</th><td class="infobox-data">1988</td></tr>
<tr><th scope="row" class="infobox-label">Range</th><td class="infobox-data">18 nmi (33 km)</td></tr>
<tr><th scope="row" class="infobox-label">Characteristic</th><td class="infobox-data">Fl(2) W 15s</td></tr></tbody></table>
<p><b>Skerry Point Lighthouse</b> is an active lighthouse on the northern tip of Skerry Point, marking the entrance to the sound. Built in 1846 to a design by Alan Stevenson, it was one of the first lighthouses in the country to use a dioptric lens. The station was automated in 1988 and the keepers' cottages are now holiday lets.</p><!--/MAIN-->
<div id="toc" class="toc" role="navigation" aria-labelledby="mw-toc-heading"><div class="toctitle" lang="en" dir="ltr"><h2 id="mw-toc-heading">Contents</h2></div><ul><li class="toclevel-1"><a href="#History"><span class="tocnumber">1</span> <span class="toctext">History</span></a></li><li class="toclevel-1"><a href="#Design"><span class="tocnumber">2</span> <span class="toctext">Design</span></a></li><li class="toclevel-1"><a href="#Wrecks"><span class="tocnumber">3</span> <span class="toctext">Wrecks</span></a></li><li class="toclevel-1"><a href="#References"><span class="tocnumber">4</span> <span class="toctext">References</span></a></li></ul></div>
<!--MAIN--><h2><span class="mw-headline" id="History">History</span><!--/MAIN--><span class="mw-editsection"><span class="mw-editsection-bracket">[</span><a href="/w/index.php?title=X&amp;action=edit&amp;section=1" title="Edit section: History">edit</a><span class="mw-editsection-bracket">]</span></span><!--MAIN--></h2>
<p>The need for a light at Skerry Point was recognised after the loss of the emigrant ship <i>Margaret Ellis</i> on the Skerry reef in 1839, with 112 lives lost.<sup id="cite_ref-1" class="reference"><a href="#cite_note-1">[1]</a></sup> The Commissioners of Northern Lighthouses obtained the site in 1843, and construction began the following year.</p>
<p>The light was first lit on 1 October 1846. The station had three keepers, who lived with their families in cottages built inside a walled compound. A fog signal was added in 1903, using compressed air from engines housed in a separate building.</p>
<p>During the Second World War the light was dimmed and only shown when convoys were passing. The station was automated on 31 March 1988, and it is now monitored remotely.<sup id="cite_ref-2" class="reference"><a href="#cite_note-2">[2]</a></sup></p>
<h2><span class="mw-headline" id="Design">Design</span><!--/MAIN--><span class="mw-editsection">[<a href="/w/index.php?title=X&amp;action=edit&amp;section=2">edit</a>]</span><!--MAIN--></h2>
<p>The tower is a tapering cylinder of dressed granite, 26 metres tall, painted white with a black lantern. A spiral stair of 132 steps leads to the lantern room. The original first-order lens, made in Paris, was replaced in 1988 by a rotating beacon; the old lens is on display in the town museum.</p>
<h2><span class="mw-headline" id="Wrecks">Wrecks</span><!--/MAIN--><span class="mw-editsection">[<a href="/w/index.php?title=X&amp;action=edit&amp;section=3">edit</a>]</span><!--MAIN--></h2>
<p>Despite the light, several ships have been lost near the point:</p>
<ul><li>1871 – the schooner <i>Brothers</i>, in fog; all crew saved</li><li>1917 – the steamship <i>Kirkwall</i>, torpedoed off the point</li><li>1958 – the trawler <i>Ocean Gem</i>, driven ashore in a gale</li></ul>
<h2><span class="mw-headline" id="References">References</span><!--/MAIN--><span class="mw-editsection">[<a href="/w/index.php?title=X&amp;action=edit&amp;section=4">edit</a>]</span></h2>
<div class="reflist"><ol class="references"><li id="cite_note-1"><span class="mw-cite-backlink"><b><a href="#cite_ref-1">^</a></b></span> <span class="reference-text"><cite class="citation book">Munro, R. W. (1979). <i>Scottish Lighthouses</i>. Stornoway: Thule Press. p. 112.</cite></span></li><li id="cite_note-2"><span class="mw-cite-backlink"><b><a href="#cite_ref-2">^</a></b></span> <span class="reference-text"><a rel="nofollow" class="external text" href="https://www.nlb.example/skerry-point">"Skerry Point"</a>. Northern Lighthouse Board. Retrieved 3 May 2024.</span></li></ol></div>
<div role="navigation" class="navbox" aria-labelledby="Lighthouses_of_the_north_coast"><table class="nowraplinks navbox-inner"><tbody><tr><th scope="col" class="navbox-title" colspan="2"><div id="Lighthouses_of_the_north_coast">Lighthouses of the north coast</div></th></tr><tr><th scope="row" class="navbox-group">Active</th><td class="navbox-list"><div><ul><li><a href="/wiki/A">Cape Wrath</a></li><li><a href="/wiki/B">Strathy Point</a></li><li><a href="/wiki/C">Dunnet Head</a></li><li><a href="/wiki/D">Holborn Head</a></li><li><a href="/wiki/E">Skerry Point</a></li><li><a href="/wiki/F">Stroma</a></li></ul></div></td></tr><tr><th scope="row" class="navbox-group">Inactive</th><td class="navbox-list"><div><ul><li><a href="/wiki/G">Old Head</a></li><li><a href="/wiki/H">Sandside</a></li></ul></div></td></tr></tbody></table></div>"""


def river_large():
    """A long encyclopedia article with big data tables, as on real river and city pages."""
    r = random.Random(61)
    towns = ["Ashby", "Brackley", "Carnford", "Dunmere", "Elsworth", "Fenwick", "Garside", "Holme", "Ingleby", "Kelstow",
             "Langmoor", "Millbrook", "Netherby", "Oakhurst", "Pendle", "Quarry Bank", "Rushmere", "Stanbridge", "Thornley", "Upwell"]
    gauges = "".join("<tr><td>%s</td><td>%d</td><td>%.1f</td><td>%.2f</td><td>%d</td><td>%s</td></tr>" % (
        t, 1950 + i * 3, 5 + i * 6.3, 1.2 + r.random() * 40, r.randint(80, 900), r.choice(["Flat V weir", "Velocity-area", "Ultrasonic", "Crump weir"]))
        for i, t in enumerate(towns))
    yearly = "".join("<tr><td>%d</td><td>%.2f</td><td>%.1f</td><td>%.2f</td><td>%s</td></tr>" % (
        y, 10 + r.random() * 8, 80 + r.random() * 260, 0.8 + r.random() * 2.5, r.choice(["January", "February", "March", "October", "November", "December"]))
        for y in range(1951, 2026))
    bridges = "".join("<tr><td>%s Bridge</td><td>%s</td><td>%d</td><td>%s</td></tr>" % (
        t, r.choice(["Stone arch", "Iron girder", "Concrete beam", "Suspension footbridge", "Steel box girder"]), r.randint(1540, 2021), r.choice(["Road", "Rail", "Foot", "Road and foot"]))
        for t in towns * 2)
    sections = []
    course = [
        "The river rises on the eastern slopes of Black Fell at a height of about 540 metres, in a shallow peat basin known locally as the Wells. It flows south-east through open moorland for its first eight kilometres, gathering several small becks, before entering a steep wooded gorge below Ashby.",
        "Below the gorge the valley widens, and the river meanders across a broad floodplain of meadows and arable land, passing the market towns of Brackley and Carnford. Here the channel was straightened in several places during the nineteenth century to drain the surrounding land.",
        "From Dunmere to the tidal limit at Stanbridge the river is navigable by small craft. Five locks, built between 1762 and 1790, bypass the old mill weirs. Below Stanbridge the river widens into an estuary of mudflats and salt marsh before reaching the sea at Upwell.",
    ]
    history = [
        "The valley has been settled since the Neolithic period, and flint tools have been found on the gravel terraces near Elsworth. A Roman road crossed the river at a ford near Fenwick, where the remains of a small fort were excavated in 1931.",
        "In the Middle Ages the river powered at least 34 watermills, grinding corn and later fulling cloth. The wool trade made Carnford one of the wealthiest towns in the region in the fifteenth century, and its church, rebuilt on the profits, is still among the largest parish churches in the county.",
        "The Navigation Act of 1759 allowed the river to be made navigable to Dunmere. Barges carried coal upstream and grain and timber downstream until the railway reached the valley in 1847, after which traffic declined rapidly. The last commercial barge passed through Holme lock in 1921.",
        "Severe floods in 1947, 1968 and 2007 led to the construction of flood defences at Brackley, Carnford and Stanbridge. The 2007 flood, when the river rose 4.3 metres above its normal level at Carnford, damaged more than 1,200 homes.",
    ]
    ecology = [
        "The upper river and its moorland tributaries support populations of brown trout and Atlantic salmon, which spawn in the gravel beds above Ashby. Salmon numbers fell sharply in the twentieth century because of pollution and weirs, but fish passes built since 2005 have allowed them to return to the upper catchment.",
        "Otters, which had disappeared from the river by the 1970s, were recorded again at Garside in 1996 and are now found along its whole length. The estuary is a Special Protection Area for its wintering wading birds, including around 12,000 knot and 4,000 bar-tailed godwit.",
    ]
    sections.append(("Course", course))
    sections.append(("History", history))
    sections.append(("Ecology", ecology))
    body = ("<!--MAIN--><p>The <b>River Allen</b> is a river in the north of England, 118 kilometres (73 mi) long, which rises on Black Fell and flows south-east to the North Sea at Upwell. Its catchment of about 1,650 square kilometres is largely rural. The river was made navigable in the eighteenth century, and its lower reaches still carry pleasure boats.</p>")
    for title, paras in sections:
        body += '<h2><span class="mw-headline" id="%s">%s</span><!--/MAIN--><span class="mw-editsection">[<a href="/w/index.php?title=River_Allen&amp;action=edit">edit</a>]</span><!--MAIN--></h2>' % (title, title)
        body += "".join("<p>%s</p>" % p for p in paras)
    body += ('<h2><span class="mw-headline" id="Hydrology">Hydrology</span></h2><p>The Environment Agency operates gauging stations along the river. The table lists them from source to sea.</p>'
             '<table class="wikitable sortable"><caption>Gauging stations</caption><thead><tr><th>Station</th><th>Opened</th><th>Distance from source (km)</th><th>Mean flow (m³/s)</th><th>Catchment (km²)</th><th>Type</th></tr></thead><tbody>' + gauges + "</tbody></table>"
             '<p>Annual statistics at Stanbridge, the lowest station above the tidal limit:</p><table class="wikitable"><thead><tr><th>Year</th><th>Mean flow (m³/s)</th><th>Peak flow (m³/s)</th><th>Lowest flow (m³/s)</th><th>Month of peak</th></tr></thead><tbody>' + yearly + "</tbody></table>"
             '<h2><span class="mw-headline" id="Crossings">Crossings</span></h2><table class="wikitable"><thead><tr><th>Crossing</th><th>Type</th><th>Built</th><th>Carries</th></tr></thead><tbody>' + bridges + "</tbody></table>"
             "<!--/MAIN-->")
    refs = "".join('<li id="cite_note-%d"><span class="mw-cite-backlink"><a href="#cite_ref-%d">^</a></span> <span class="reference-text"><cite class="citation web"><a rel="nofollow" class="external text" href="https://archive.example.org/doc/%d">"%s"</a>. <i>%s</i>. Retrieved %d May 2024.</cite></span></li>'
                   % (i, i, r.getrandbits(32), r.choice(["River flow archive", "Catchment data", "Flood history", "Mills of the valley", "Navigation records"]), r.choice(["Environment Agency", "County Record Office", "Hydrological Society"]), 1 + i % 28)
                   for i in range(1, 90))
    navbox = "".join('<tr><th class="navbox-group">%s</th><td class="navbox-list"><ul>%s</ul></td></tr>' % (
        g, "".join('<li><a href="/wiki/River_%s">River %s</a></li>' % (n, n) for n in r.sample(towns, 12))) for g in ["North Sea rivers", "Tributaries", "Canals", "Reservoirs", "Settlements"])
    body += '<h2><span class="mw-headline" id="References">References</span></h2><div class="reflist"><ol class="references">' + refs + "</ol></div>"
    body += '<div role="navigation" class="navbox"><table class="nowraplinks navbox-inner"><tbody><tr><th colspan="2" class="navbox-title">Rivers of northern England</th></tr>' + navbox + "</tbody></table></div>"
    return body


PASSPORT = """<!--MAIN--><h1 class="gem-c-title__text govuk-heading-l">Renew or replace your adult passport</h1>
<h2 class="govuk-heading-m">1. Overview</h2>
<p class="govuk-body">You can renew your passport online or by post. It costs £88.50 to apply online and £100 by post. You must renew your passport before you can travel if it has expired or is due to expire before your return.</p>
<p class="govuk-body">Applying online is quicker. You should allow up to 3 weeks for your application to be processed. It may take longer if more information is needed or if your application has not been filled in correctly.</p>
<div class="govuk-warning-text"><strong class="govuk-warning-text__text">Do not book travel until you have a valid passport - your new passport will not have the same number as your old one.</strong></div>
<h3 class="govuk-heading-s">What you need</h3>
<ul class="govuk-list govuk-list--bullet"><li>a digital photo of yourself that meets the rules</li><li>a credit or debit card</li><li>your old passport</li></ul>
<h3 class="govuk-heading-s">If your passport was lost or stolen</h3>
<p class="govuk-body">You must cancel a lost or stolen passport before you apply for a replacement. You cannot use it to travel once it has been cancelled, even if you find it later.</p>
<h3 class="govuk-heading-s">If you need a passport urgently</h3>
<p class="govuk-body">You can pay for a faster service if you need a passport within the next 3 weeks. The Fast Track service costs £178 and you get your passport within one week of your appointment.</p><!--/MAIN-->"""

PRESS = """<!--MAIN--><h1 class="release-title">Northwind Energy to build 600 MW offshore wind farm off the east coast</h1>
<p class="release-date">London, 19 November 2026</p>
<p class="release-lead"><strong>Northwind Energy today announced a final investment decision on Tern Bank, a 600 MW offshore wind farm that will supply enough electricity for around 650,000 homes from 2030.</strong></p>
<p>The project, located 42 km off the coast, will use 40 turbines of 15 MW each, installed on monopile foundations in water depths of 25 to 35 metres. Construction of the onshore substation will begin in 2027, with offshore installation planned for 2028 and 2029.</p>
<p>Tern Bank secured a 15-year contract for difference in the latest allocation round at a strike price of £58.87/MWh in 2024 prices. Total investment is expected to be around £2.1 billion.</p>
<blockquote><p>“Tern Bank is the largest investment in our company's history and a major step towards our goal of 5 GW of renewable capacity by 2035,” said Chief Executive Julia Hartmann. “It will also bring around 300 permanent jobs to the operations and maintenance base at the port.”</p></blockquote>
<p>Northwind has signed agreements with turbine, foundation and cable suppliers, and has committed to source at least 45% of the project's content locally. The company will also fund a £5 million community benefit programme for coastal towns near the landfall.</p>
<h2>About Northwind Energy</h2>
<p>Northwind Energy develops, builds and operates renewable energy projects in northern Europe. It operates 2.3 GW of onshore and offshore wind and solar capacity and employs 1,400 people.</p><!--/MAIN-->"""

ABSTRACT = """<!--MAIN--><h1 class="article-title">Urban tree cover and night-time surface temperatures in 42 European cities</h1>
<p class="authors">Marta Kowalczyk, Lars Eriksen, Giulia Ferrante and David Olusola</p>
<p class="journal-ref"><i>Journal of Urban Climate</i>, Volume 61, 102214 · Published 3 November 2026 · https://doi.org/10.5555/juc.2026.102214</p>
<h2>Abstract</h2>
<p>Urban heat islands are most intense at night, when built surfaces release heat stored during the day. We combined satellite land surface temperatures for the summers of 2018 to 2024 with high-resolution tree cover maps for 42 European cities to estimate how tree canopy affects night-time surface temperature at the neighbourhood scale.</p>
<p>Across all cities, an increase of 10 percentage points in tree cover within a 500 m radius was associated with night-time surface temperatures 0.52 °C lower (95% CI 0.44–0.60), after adjusting for building density, impervious surface, elevation and distance to water. The effect was stronger in cities with hot, dry summers and weaker in coastal cities.</p>
<p>Neighbourhoods with the lowest income quintile had on average 11 percentage points less tree cover than the highest quintile, and correspondingly warmer nights. Our results suggest that targeted planting in low-canopy neighbourhoods could reduce exposure to dangerous night-time heat where it is currently greatest.</p>
<h2>Highlights</h2>
<ul><li>Tree cover lowers night-time surface temperature by about 0.5 °C per 10 percentage points.</li><li>The cooling effect is strongest in cities with hot, dry summers.</li><li>Low-income neighbourhoods have less tree cover and warmer nights.</li></ul>
<h2>Keywords</h2>
<p>Urban heat island; Tree canopy; Land surface temperature; Environmental justice; Remote sensing</p><!--/MAIN-->"""

FILM = """<!--MAIN--><header><span class="kicker">Film review</span><h1 class="headline">The Lighthouse Keeper's Daughter review – a quiet, devastating debut</h1>
<p class="standfirst">Ailsa Grant's first feature turns a remote island and a family secret into one of the year's best films.</p>
<p class="rating" aria-label="5 out of 5 stars">★★★★★</p>
<p class="byline">By <a href="/profile/ruth-adeyemi">Ruth Adeyemi</a></p></header>
<div class="story-body">
<p>There are no villains in <em>The Lighthouse Keeper's Daughter</em>, and almost no plot in the conventional sense. A young woman, Kirsty, returns to the island where she grew up to help her ageing father close up the lighthouse cottage before it is sold. Over nine days, as they sort through fifty years of belongings, a story she thought she knew about her mother's death slowly comes apart.</p>
<p>Grant, who grew up on Orkney, shoots the island with a documentary eye: the light changes by the minute, the wind never stops, and every interior feels cramped and warm against the weather. The cinematographer, Tomás Reyes, finds images of astonishing beauty in the most ordinary things – a kettle on a stove, oilskins drying by the door, a ledger of ships passing the light in 1987.</p>
<p>At the centre is a pair of extraordinary performances. Niamh Carey plays Kirsty with a brittle competence that slowly cracks, and the veteran Scottish actor Iain Duthie, as her father, says more with a half-finished sentence than most actors manage with a monologue. Their final scene together, in the lantern room, is as moving as anything I have seen in a cinema this year.</p>
<p>If the film has a weakness, it is a subplot involving the prospective buyers of the cottage, which feels like it belongs to a lighter film. But it is a small flaw in a debut of rare confidence and tenderness.</p>
<p><em>The Lighthouse Keeper's Daughter</em> is in cinemas from Friday 27 November.</p>
</div><!--/MAIN-->"""

JOB = """<!--MAIN--><h1 class="job-title">Senior Data Engineer</h1>
<ul class="job-facts"><li>Location: Manchester or remote (UK)</li><li>Salary: £70,000 – £85,000</li><li>Contract: Permanent, full time</li><li>Closing date: 12 December 2026</li></ul>
<h2>About the role</h2>
<p>We are looking for a senior data engineer to join the team that builds the data platform behind our journey planner, used by four million people a month. You will design and run the pipelines that turn live vehicle positions, timetables and disruption feeds into reliable data for our apps and our analysts.</p>
<h2>What you will do</h2>
<ul><li>Design, build and operate streaming and batch pipelines on Kafka and Spark</li><li>Own data quality: tests, monitoring and alerting for the data our products depend on</li><li>Work with analysts and product teams to model data that answers real questions</li><li>Mentor other engineers and help set our technical direction</li></ul>
<h2>What we are looking for</h2>
<ul><li>Several years of experience building production data pipelines</li><li>Strong Python or Scala, and good SQL</li><li>Experience with a streaming platform such as Kafka, and with a cloud data warehouse</li><li>Care for reliability, documentation and the people who use your data</li></ul>
<h2>What we offer</h2>
<p>Flexible hours, 30 days of holiday plus bank holidays, a 10% pension contribution, a £1,500 annual learning budget and free travel on the network for you and a partner.</p>
<h2>How to apply</h2>
<p>Apply with your CV and a short cover letter telling us about a data system you are proud of. We will reply to every applicant within two weeks of the closing date.</p><!--/MAIN-->"""

FAQ = """<!--MAIN--><h1>Billing and payments: frequently asked questions</h1>
<p>Answers to the questions we are asked most about invoices, payment methods and refunds. Can't find what you need? Contact our support team.</p>
<details class="faq-item" open><summary>When will I be charged?</summary><div class="faq-answer"><p>Monthly plans are charged on the same day each month as your first payment. Annual plans are charged once a year on the anniversary of your subscription. You will receive an email receipt each time.</p></div></details>
<details class="faq-item"><summary>Which payment methods do you accept?</summary><div class="faq-answer"><p>We accept Visa, Mastercard and American Express, as well as direct debit for customers in the UK and SEPA direct debit in the eurozone. Annual business plans can also be paid by bank transfer against an invoice.</p></div></details>
<details class="faq-item"><summary>How do I download an invoice?</summary><div class="faq-answer"><p>Go to <b>Settings › Billing › Invoices</b> and select the invoice you need. Invoices are available as PDF for the last seven years. If you need your company's VAT number on the invoice, add it under <b>Billing details</b> before the next charge.</p></div></details>
<details class="faq-item"><summary>Can I get a refund?</summary><div class="faq-answer"><p>If you cancel an annual plan within 14 days of being charged, we refund the full amount. After that, you keep access until the end of the paid period, but we do not refund the remaining months. Monthly plans are not refunded.</p></div></details>
<details class="faq-item"><summary>What happens if a payment fails?</summary><div class="faq-answer"><p>We retry a failed payment three times over seven days and email you each time. If all attempts fail, your account moves to the free plan; your data is kept for 90 days, and you can upgrade again at any time to restore your features.</p></div></details><!--/MAIN-->"""


PAGES = [
    ("product-coffee-grinder", "utf-8", shop(dict(
        seed=51, site="kitchenhall.example", site_name="Kitchen Hall", product="Burrline C40 Conical Burr Coffee Grinder",
        category="Coffee", title="Burrline C40 Conical Burr Coffee Grinder, Matte Black | Kitchen Hall",
        og={"title": "Burrline C40 Conical Burr Coffee Grinder", "site_name": "Kitchen Hall", "type": "product"},
        buybox=GRINDER_BUY, description=GRINDER_DESC, specs=GRINDER_SPECS,
        also=["Burrline C20 Blade Grinder", "Pour-over Kettle 1L", "Digital Coffee Scale", "Glass Cafetière 8 cup", "Milk Frother Pro"]))),
    ("product-walking-boots", "utf-8", shop(dict(
        seed=53, site="fellandpeak.example", site_name="Fell & Peak", product="Ridgeway Mid GTX Women's Walking Boots",
        category="Footwear", title="Ridgeway Mid GTX Women's Walking Boots - Fell & Peak", cookie="onetrust", css=900, state=180,
        buybox=BOOTS_BUY, description=BOOTS_DESC, specs=BOOTS_SPECS,
        also=["Trail Socks (2 pack)", "Ridgeway Low GTX", "Waterproof Overtrousers", "Gaiters", "Insoles Comfort+", "Boot Wax"]))),
    ("layout-table-club-iso", "iso-8859-1", club_iso()),
    ("layout-table-portal", "utf-8", portal_tables()),
    ("wiki-lighthouse", "utf-8", mediawiki(dict(
        seed=55, wiki_title="Skerry Point Lighthouse", title="Skerry Point Lighthouse - Wikipedia",
        categories=["Lighthouses completed in 1846", "Lighthouses of the north coast", "Category B listed buildings"],
        article=LIGHTHOUSE))),
    ("wiki-river-large", "utf-8", mediawiki(dict(
        seed=56, wiki_title="River Allen", title="River Allen - Wikipedia", css=600,
        categories=["Rivers of northern England", "Navigations of England"], article=river_large()))),
    ("gov-passport-guidance", "utf-8", govuk(dict(
        seed=57, site_name="GOV.UK", title="Renew or replace your adult passport: Overview - GOV.UK",
        parts=["Overview", "Renew online", "Renew by post", "Lost or stolen passports", "Urgent passports"],
        related=["Get your first adult passport", "Passport fees", "Photos for passports", "Cancel a lost or stolen passport"],
        article=PASSPORT))),
    ("press-release-windfarm", "utf-8", corporate(dict(
        seed=58, site="northwind.example", site_name="Northwind Energy",
        title="Northwind Energy to build 600 MW offshore wind farm | Northwind Energy",
        og={"title": "Northwind Energy to build 600 MW offshore wind farm", "site_name": "Northwind Energy"}, article=PRESS))),
    ("journal-article-abstract", "utf-8", corporate(dict(
        seed=59, site="urbanclimate.example", site_name="Journal of Urban Climate", eyebrow="Research article",
        title="Urban tree cover and night-time surface temperatures in 42 European cities - Journal of Urban Climate",
        cookie="generic", article=ABSTRACT, css=1500, state=100))),
    ("review-film-comments", "utf-8", news_modern(dict(
        seed=60, site="screenweekly.example", site_name="Screen Weekly",
        title="The Lighthouse Keeper's Daughter review – a quiet, devastating debut | Screen Weekly",
        og={"title": "The Lighthouse Keeper's Daughter review", "site_name": "Screen Weekly"},
        article=FILM, comments=64, cookie="generic", state=60))),
    ("job-posting", "utf-8", corporate(dict(
        seed=62, site="transitdata.example", site_name="Transit Data Co", eyebrow="Careers",
        title="Senior Data Engineer - Careers at Transit Data Co", article=JOB, cookie="modal"))),
    ("faq-billing", "utf-8", corporate(dict(
        seed=63, site="cloudnote.example", site_name="CloudNote", eyebrow="Help centre",
        title="Billing and payments FAQ | CloudNote Help Centre", article=FAQ, css=500))),
]
