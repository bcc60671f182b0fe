"""News pages: articles written for the corpus; the main content is marked by hand."""

from chrome import comment_thread, share_bar, newsletter_box, related_list
from sites import news_classic, news_modern

TRAM = """<!--MAIN--><header class="story-header"><span class="kicker">Transport</span>
<h1 class="headline">Council approves tram extension to the eastern docks</h1>
<p class="standfirst">The 4.2 km line will link the station with the new housing at Eastgate by 2029, but the final vote was closer than expected.</p>
<p class="byline">By <a href="/authors/nadia-fell" rel="author">Nadia Fell</a>, Transport correspondent · <time datetime="2026-11-23T06:30:00Z">23 November 2026</time></p></header><!--/MAIN-->
<!--SKIP--><div class="story-tools-inline"><button>Save</button> <button>Listen to this article · 5 min</button> <a href="#comments">218 comments</a></div><!--/SKIP-->
<!--MAIN--><figure class="lead-image"><img src="https://img.example-cdn.com/tram-eastgate-1200.jpg" alt="A tram at the station interchange" width="1200" height="675"><figcaption>The extension would start at the station interchange and follow the old harbour railway. Photo: Ellis Barr</figcaption></figure>
<div class="story-body">
<p>The city council has approved a 4.2 km extension of the tram network to the eastern docks, ending almost a decade of studies, consultations and false starts.</p>
<p>Councillors voted 31 to 27 on Sunday evening to back the £312m scheme, which will add six stops between the central station and the new Eastgate housing district, where some 9,000 homes are due to be finished by 2031.</p>
<p>Work on utilities along the route is expected to begin next spring, with the first trams running in the autumn of 2029 if the government confirms its share of the funding in the new year.</p>
<h2>A route along the old railway</h2>
<p>For most of its length the line will follow the bed of the old harbour railway, which closed in 1962. That keeps the trams away from the busiest roads and, according to the council's engineers, avoids the need to move a water main that runs under Dock Street.</p>
<p>Stops are planned at Station Square, Wharf Road, Mill Lane, the Sugar House, Eastgate Park and Eastgate Quay. The Mill Lane stop has been moved about 200 metres north of the position shown in last year's consultation, to sit next to the new secondary school.</p>
<blockquote><p>“This is the single most important thing we can do for the east of the city. People there have waited long enough,” said the council's transport lead, Cllr Rosa Ingham.</p></blockquote>
<h2>Why the vote was close</h2>
<p>Opposition councillors argued that the scheme's running costs had been underestimated and that electric buses on dedicated lanes would deliver most of the benefit for a fraction of the price.</p>
<p>“Nobody is against better transport for Eastgate,” said Cllr Martin Yates. “We are against signing a blank cheque. The business case assumes passenger numbers we have never seen on any of our existing lines.”</p>
<p>The council's own figures forecast 5.8 million journeys a year by 2035. The existing western line carried 4.1 million last year.</p>
<h2>What happens next</h2>
<ul>
<li>A final funding bid goes to the Department for Transport in January.</li>
<li>Utility diversions along Wharf Road are planned from April 2027.</li>
<li>Track laying would start in 2028, with testing in the summer of 2029.</li>
</ul>
<p>Residents along the route will be invited to drop-in sessions at Eastgate library in December, where the detailed drawings will be on display.</p>
<table class="facts"><caption>The extension in numbers</caption>
<thead><tr><th>Item</th><th>Figure</th></tr></thead>
<tbody><tr><td>Length</td><td>4.2 km</td></tr><tr><td>New stops</td><td>6</td></tr><tr><td>Estimated cost</td><td>£312m</td></tr><tr><td>Journeys forecast by 2035</td><td>5.8 million a year</td></tr></tbody></table>
</div><!--/MAIN-->
<!--SKIP--><div class="inline-promo"><a href="/newsletters/transport">Get our weekly transport newsletter</a></div><!--/SKIP-->"""

RATES = """<!--MAIN--><h1>Central bank holds rates at 4.25% but signals cuts later in the year</h1>
<div class="dateline">LONDON, Nov 20 (Wire staff) -</div><!--/MAIN-->
<div class="byline-block">Reporting by <a href="/journalists/t-marsh">Tom Marsh</a>; Editing by <a href="/journalists/k-oyelaran">Kemi Oyelaran</a> · Updated 2 hours ago</div>
<!--MAIN--><p>The central bank kept its main interest rate at 4.25% on Thursday, as expected, but three of its nine policymakers voted for a cut and the bank said inflation was falling faster than it had forecast in the summer.</p>
<p>The decision leaves borrowing costs at their highest level since 2008 for a fifth consecutive meeting. Financial markets moved to price in two quarter-point cuts by the end of next year, up from one before the announcement.</p>
<p>"The disinflation process is well under way," the bank's governor told reporters. "If the data continue to come in as we expect, a more gradual withdrawal of policy restraint will be appropriate."</p>
<p>Consumer price inflation fell to 2.6% in October from 3.1% in September, the lowest reading in almost three years, helped by lower energy and food prices. Services inflation, which the bank watches closely as a gauge of domestic price pressure, eased to 4.4%.</p>
<p>Sterling fell by half a cent against the dollar after the decision, while two-year government bond yields dropped 9 basis points to 3.82%.</p>
<p>Economists said the split vote was a clear signal. "Three votes for a cut is more than the market expected and tells you the committee is getting comfortable," said Helen Strand, chief economist at a London brokerage. "February now looks live."</p>
<p>The bank also published new forecasts showing growth of 0.9% next year, slightly weaker than previously projected, and unemployment rising to 4.6%.</p>
<p>Mortgage lenders have already begun trimming the rates on fixed-term deals in anticipation of lower borrowing costs, and the average two-year fixed rate fell below 5% this month for the first time since June.</p><!--/MAIN-->"""

CORAL = """<!--MAIN--><header><span class="kicker">Science</span>
<h1 class="headline">Deep-sea coral reef the size of a small town mapped off the north coast</h1>
<p class="standfirst">Robot submarines found living coral at depths of up to 800 metres, in waters previously thought to be too cold and dark.</p>
<p class="byline">By <a href="/authors/ines-carvalho">Inês Carvalho</a>, Science reporter</p></header>
<div class="story-body">
<p>Scientists have mapped a cold-water coral reef covering about 12 square kilometres off the north coast, the largest of its kind found in the region.</p>
<p>The reef, made mostly of the stony coral <em>Desmophyllum pertusum</em>, lies between 400 and 800 metres below the surface on the slope of a submarine canyon. It was surveyed over three weeks in September by two autonomous underwater vehicles working from the research ship <i>Celtic Explorer</i>.</p>
<figure><img src="https://img.example-cdn.com/coral-reef-survey.jpg" alt="White coral branches on the sea floor" width="960" height="540"><figcaption>Living coral colonies photographed by the survey vehicle at 620 metres. Image: Marine Institute</figcaption></figure>
<p>Unlike tropical corals, cold-water species do not rely on sunlight. They feed on plankton and organic particles carried by currents, and grow extremely slowly: about a centimetre a year. Parts of the newly mapped reef are thought to be several thousand years old.</p>
<p>“We expected scattered colonies. What we found is a continuous living structure, with mounds up to 30 metres high,” said Dr Aoife Brennan, who led the expedition. “It is teeming with life: sponges, sea fans, crabs, and huge numbers of fish using it as a nursery.”</p>
<h2>Protection sought</h2>
<p>The team has shared the maps with the government, which is consulting on new marine protected areas. Bottom trawling, which can destroy such reefs in a single pass, is already banned below 800 metres in European waters, but much of the reef lies above that depth.</p>
<p>Fishing organisations said they would support targeted closures if they were based on good data. “Nobody wants to fish on a reef. Nets get ruined,” said a spokesperson for the regional producers' organisation.</p>
<figure><img src="https://img.example-cdn.com/reef-map.png" alt="Map of the survey area" width="960" height="700"><figcaption>The survey area on the slope of the canyon. The reef (shaded) covers about 12 km².</figcaption></figure>
<p>The researchers will return next summer with a remotely operated vehicle to take samples and to install instruments that record temperature and currents over a full year.</p>
</div><!--/MAIN-->
<!--SKIP--><div class="video-embed"><iframe src="https://www.youtube-nocookie.com/embed/xyz" title="Video: inside the reef"></iframe><p class="video-caption">Watch: inside the reef (2:14)</p></div><!--/SKIP-->"""

LIVE_ENTRIES = [
    ("04:12", "Final result: Northfield goes to the Greens", "<p>The last seat to declare has gone to the Green candidate, Maya Holt, by 412 votes after two recounts. That completes the picture: no party has a majority on the council.</p>"),
    ("03:40", "Turnout lowest since 2004", "<p>Official turnout across the city was 31.8%, down from 36.2% four years ago. Officials blamed the weather and the clash with the cup replay.</p>"),
    ("03:05", "Labour leader: 'we will talk to everyone'", "<p>Speaking at the count, the Labour group leader said she would open talks with the Greens and independents on Monday.</p><blockquote><p>“The voters have not given anyone a blank cheque. We will talk to everyone who wants to keep the libraries open.”</p></blockquote>"),
    ("02:31", "Recount ordered in Northfield", "<p>The returning officer has ordered a recount in Northfield, where the margin between the Green and Labour candidates was fewer than 50 votes on the first count.</p>"),
    ("01:58", "Results so far", "<p>With 40 of 48 seats declared, the state of the parties is:</p><table><thead><tr><th>Party</th><th>Seats</th><th>Change</th></tr></thead><tbody><tr><td>Labour</td><td>19</td><td>-3</td></tr><tr><td>Conservative</td><td>9</td><td>-2</td></tr><tr><td>Green</td><td>7</td><td>+4</td></tr><tr><td>Liberal Democrat</td><td>3</td><td>0</td></tr><tr><td>Independent</td><td>2</td><td>+1</td></tr></tbody></table>"),
    ("01:20", "Conservatives lose Riverside", "<p>The Conservatives have lost Riverside to an independent, the former headteacher Graham Pye, who campaigned against the closure of the swimming pool.</p>"),
    ("00:47", "First declarations", "<p>The first three wards have declared. Labour holds Castle and St Anne's; the Greens gain Canal Ward from Labour with a swing of 11 points.</p>"),
    ("23:30", "Verification under way", "<p>Ballot boxes from all 48 wards have arrived at the leisure centre. Counting staff are verifying the papers before the count proper begins. The first results are expected after midnight.</p>"),
    ("22:00", "Polls have closed", "<p>Polling stations closed at 10pm. We will bring you every result as it is declared, with analysis from our local government correspondent, Dev Anand.</p>"),
]


def liveblog():
    entries = "".join(
        '<div class="live-entry" id="entry-%d"><time class="live-entry__time">%s</time><!--MAIN--><h2 class="live-entry__title">%s</h2>%s<!--/MAIN-->'
        '<div class="live-entry__share"><a href="#entry-%d">Link to this post</a> <a href="https://twitter.com/intent/tweet?url=x">Share</a></div></div>'
        % (i, t, h, b, i) for i, (t, h, b) in enumerate(LIVE_ENTRIES))
    return ("""<!--MAIN--><header><span class="kicker live-badge">Live</span><h1 class="headline">Local elections: council results as they come in</h1>
<p class="standfirst">No overall control as the Greens make gains across the east of the city.</p></header><!--/MAIN-->
<div class="live-key-points"><!--MAIN--><h2>Key points</h2><ul><li>No party has a majority on the council</li><li>The Greens gain four seats</li><li>Turnout falls to 31.8%</li></ul><!--/MAIN--></div>
<div class="live-feed">""" + entries + "</div>")


FRENCH = """<!--MAIN--><h1>Le marché de Noël de la place Kléber ouvrira le 27 novembre</h1>
<p class="chapo">Plus de 300 chalets, une patinoire agrandie et des horaires élargis : la ville dévoile le programme d’une édition 2026 qu’elle veut « plus locale et plus sobre ».</p><!--/MAIN-->
<p class="auteur">Par <a href="/auteurs/claire-weber">Claire Weber</a> — Publié le 21/11/2026 à 18h04</p>
<!--MAIN--><p>Le compte à rebours est lancé. Le marché de Noël ouvrira ses portes le vendredi 27 novembre à 11 heures et fermera le 24 décembre au soir. Cette année, 312 chalets seront répartis sur onze sites du centre-ville, contre 298 l’an dernier.</p>
<p>« Nous avons voulu privilégier les producteurs et artisans de la région : ils représentent désormais deux exposants sur trois », explique l’adjointe chargée du commerce, Sophie Müller. Les chalets de produits importés à bas prix ont été réduits de moitié.</p>
<h2>Une patinoire plus grande</h2>
<p>Nouveauté de l’édition, la patinoire de la place Kléber passe de 600 à 900 m². L’entrée coûtera 5 € pour les adultes et 3 € pour les moins de douze ans, location des patins comprise. Elle sera ouverte tous les jours de 10 heures à 21 heures.</p>
<p>Côté sécurité, le dispositif reste identique à celui de l’an passé : contrôles aux accès du centre, circulation interdite aux véhicules non autorisés pendant les heures d’ouverture et renfort de 150 agents.</p>
<h2>Horaires et transports</h2>
<p>Le marché sera ouvert du lundi au jeudi de 11 heures à 20 h 30, et jusqu’à 21 h 30 le vendredi et le samedi. Les tramways circuleront avec une fréquence renforcée les week-ends, et un « Pass Noël » à 4,50 € donnera accès au réseau pour la journée.</p>
<p>Les organisateurs attendent plus de deux millions de visiteurs, un chiffre comparable à celui de l’an dernier. Les hôteliers, eux, affichent déjà un taux de réservation de 85 % pour les week-ends de décembre.</p><!--/MAIN-->"""

SPANISH = """<!--MAIN--><h1>El Ayuntamiento amplía el horario de las bibliotecas municipales durante los exámenes</h1>
<p class="entradilla">Seis centros abrirán hasta la medianoche entre el 9 de diciembre y el 31 de enero para facilitar el estudio a los universitarios.</p><!--/MAIN-->
<p class="firma">Por <a href="/autores/lucia-mendez">Lucía Méndez</a> · 22 nov 2026</p>
<!--MAIN--><p>Las bibliotecas municipales de Arganzuela, Chamberí, Moratalaz, Retiro, Tetuán y Usera ampliarán su horario de apertura durante la época de exámenes de invierno, según ha anunciado este sábado la concejala de Cultura.</p>
<p>Los seis centros abrirán de lunes a domingo de 9.00 a 24.00 horas entre el 9 de diciembre y el 31 de enero, con la excepción de los días 24, 25 y 31 de diciembre y 1 y 6 de enero, cuando permanecerán cerrados.</p>
<p>La medida, que se aplica por tercer año consecutivo, supone un coste de 420.000 euros e incluye la contratación de personal de refuerzo y de vigilantes de seguridad para el turno de noche.</p>
<p>«Cada invierno recibimos cientos de peticiones de estudiantes que no tienen un lugar tranquilo para preparar los exámenes en casa», explicó la concejala. «Las bibliotecas son el mejor sitio para hacerlo, y queremos que estén abiertas cuando más se necesitan».</p>
<p>El año pasado, las salas de estudio ampliadas registraron más de 180.000 visitas, con picos de ocupación del 95 % en las dos primeras semanas de enero. Para evitar las colas de otros años, este invierno se podrá reservar puesto a través de la aplicación municipal con un máximo de dos días de antelación.</p>
<p>Las asociaciones de estudiantes han valorado positivamente la ampliación, aunque piden que se extienda a más distritos y que se mantenga durante la convocatoria de junio.</p><!--/MAIN-->"""

OPINION = """<!--MAIN--><header><span class="kicker">Opinion</span><h1 class="headline">Our high streets do not need saving. They need permission to change</h1>
<p class="standfirst">Planning rules written for a world of department stores are keeping shops empty.</p>
<p class="byline">By <a href="/columnists/omar-haddad">Omar Haddad</a></p></header>
<div class="story-body">
<p>Walk down almost any high street in the country and you will see the same thing: a row of handsome Victorian buildings with empty ground floors and dark windows above. The usual explanation is that the internet killed the shops. That is only half the story.</p>
<p>The other half is that we have made it remarkably hard to do anything else with those buildings. Turning a vacant shop into a workshop, a clinic, a small gym or flats above still means navigating a planning system that assumes every unit on a high street should sell things.</p>
<p>Councils that have relaxed those rules have seen results. In one northern market town, vacancy fell from 19% to 8% in four years after the council stopped objecting to changes of use and started helping landlords through the process instead.</p>
<h2>Three changes that would help</h2>
<ol><li>Let ground floors switch between shops, cafés, workshops and clinics without a full planning application.</li>
<li>Give councils the power to charge rising business rates on units left empty for more than a year.</li>
<li>Fund the conversion of the floors above shops into homes, which would bring people, and spending, back into town centres after six o'clock.</li></ol>
<p>None of this is glamorous. It will not produce a ribbon-cutting moment for a minister. But high streets have always changed with the times; our job is to stop standing in their way.</p>
</div><!--/MAIN-->
<section class="reader-responses"><h3>Readers respond</h3>""" + comment_thread(77, 45, "responses-list", "resp", "Reader responses") + "</section>"


PAGES = [
    ("news-tram-comments", "utf-8", news_modern(dict(
        seed=11, site="coastalherald.example", site_name="The Coastal Herald",
        title="Council approves tram extension to the eastern docks | The Coastal Herald",
        description="The 4.2 km line will link the station with Eastgate by 2029.",
        og={"title": "Council approves tram extension to the eastern docks", "site_name": "The Coastal Herald",
            "image": "https://img.example-cdn.com/tram-eastgate-1200.jpg"},
        canonical="https://coastalherald.example/news/2026/nov/23/tram-extension-eastern-docks",
        article=TRAM, comments=218, state=160))),
    ("news-rates-classic", "utf-8", news_classic(dict(
        seed=12, site="wirenews.example", site_name="Wire News", lang="en-GB",
        title="Central bank holds rates at 4.25% but signals cuts later in the year - Wire News",
        description="Three of nine policymakers voted for a cut.", article=RATES, comments=0, css=1300))),
    ("news-coral-science", "utf-8", news_modern(dict(
        seed=13, site="dailyobserver.example", site_name="The Daily Observer",
        title="Deep-sea coral reef the size of a small town mapped off the north coast",
        og={"title": "Huge deep-sea coral reef found", "site_name": "The Daily Observer"},
        article=CORAL, comments=0, cookie="modal", state=140))),
    ("news-election-liveblog", "utf-8", news_modern(dict(
        seed=14, site="citypost.example", site_name="City Post",
        title="Local elections live: council results as they come in - City Post",
        article=liveblog(), comments=0, newsletter=False, state=200))),
    ("news-french-cp1252", "windows-1252", news_classic(dict(
        seed=15, site="dna-alsace.example", site_name="Les Dernières Nouvelles", lang="fr", charset="windows-1252",
        title="Le marché de Noël de la place Kléber ouvrira le 27 novembre – Les Dernières Nouvelles",
        description="Plus de 300 chalets et une patinoire agrandie.", article=FRENCH, comments=0,
        cookie="didomi", css=300))),
    ("news-spanish-nolang", "utf-8", news_classic(dict(
        seed=16, site="diariodelbarrio.example", site_name="Diario del Barrio", lang=None,
        title="El Ayuntamiento amplía el horario de las bibliotecas municipales durante los exámenes",
        article=SPANISH, comments=0, css=900))),
    ("news-opinion-responses", "utf-8", news_modern(dict(
        seed=17, site="weeklyreview.example", site_name="The Weekly Review",
        title="Our high streets do not need saving. They need permission to change",
        article=OPINION, comments=0, related=True, state=90))),
]
