"""Blog pages: posts written for the corpus; the main content is marked by hand."""

from sites import medium_like, plain_site, substack, wordpress

TOMATOES = """<!--MAIN--><header class="entry-header"><h1 class="entry-title">Ten lessons from a year of growing tomatoes in containers</h1></header><!--/MAIN-->
<div class="entry-meta"><span class="posted-on">Posted on <time class="entry-date published" datetime="2026-09-28T08:00:00+00:00">28 September 2026</time></span> <span class="byline">by <span class="author vcard"><a class="url fn n" href="/author/june/">June</a></span></span> <span class="comments-link"><a href="#comments">34 Comments</a></span></div>
<!--MAIN--><div class="entry-content">
<p>This was the year I finally gave up on the raised bed by the fence and grew all my tomatoes in pots on the patio. Twelve plants, five varieties, one very hot July. Here is what I learned, roughly in order of how much it mattered.</p>
<figure class="wp-block-image size-large"><img src="/wp-content/uploads/2026/09/patio-tomatoes-1024x768.jpg" alt="Tomato plants in black pots on a patio" width="1024" height="768"><figcaption>The patio in mid-August, just before the first big harvest.</figcaption></figure>
<h2>1. Bigger pots than you think</h2>
<p>The plants in 10-litre pots were half the size of those in 30-litre pots and needed watering twice a day in the heat. For cordon varieties, 30 litres is the minimum I would use again.</p>
<h2>2. Water at the same time every day</h2>
<p>Irregular watering is the main cause of split fruit and blossom end rot. I set an alarm for 7am and watered until it ran out of the bottom, and the problems mostly stopped.</p>
<h2>3. Feed from the first truss</h2>
<p>Once the first flowers set, I fed every week with a high-potash liquid feed. Before that, the compost has enough.</p>
<h2>4. Pinch out the side shoots</h2>
<p>For cordon types, every side shoot that grows between the main stem and a leaf should go. Bush varieties like ‘Tumbling Tom’ do not need it.</p>
<h2>5. Variety matters more than anything</h2>
<p>These are the varieties I grew, and how they did:</p>
<table class="wp-block-table"><thead><tr><th>Variety</th><th>Type</th><th>First ripe</th><th>Verdict</th></tr></thead>
<tbody><tr><td>Sungold</td><td>Cherry, cordon</td><td>18 July</td><td>Sweetest by far, grow again</td></tr>
<tr><td>Gardener's Delight</td><td>Cherry, cordon</td><td>25 July</td><td>Reliable, heavy crop</td></tr>
<tr><td>Tumbling Tom</td><td>Cherry, bush</td><td>12 July</td><td>Good in hanging baskets</td></tr>
<tr><td>Black Krim</td><td>Beefsteak</td><td>20 August</td><td>Lovely flavour, few fruit</td></tr>
<tr><td>San Marzano</td><td>Plum</td><td>9 August</td><td>Perfect for sauce</td></tr></tbody></table>
<h2>6. Move them if you can</h2>
<p>Containers have one great advantage: when the forecast said a week of rain in September, I moved the pots against the house wall under the eaves, and they escaped blight entirely.</p>
<h2>7. Mulch the top of the pot</h2>
<p>A layer of grass clippings or bark on the surface cut how often I had to water.</p>
<h2>8. Support early</h2>
<p>Put the cane in when you pot up, not when the plant is already flopping over.</p>
<h2>9. Stop them in late summer</h2>
<p>At the start of August I pinched out the growing tips so the plants put their energy into ripening the fruit they already had.</p>
<h2>10. Keep notes</h2>
<p>I kept a small notebook of sowing dates, feeds and first harvests. It is the reason I can write this post, and the reason next year will be better.</p>
<p>If you grow in containers too, I would love to hear which varieties worked for you in the comments.</p>
</div><!--/MAIN-->"""

POSTGRES = """<!--MAIN--><h1 class="pw-post-title">What I learned tuning Postgres indexes for a 2 TB table</h1>
<h2 class="pw-subtitle-paragraph">Partial indexes, covering indexes, and the one setting that made the biggest difference.</h2>
<p class="pw-post-body-paragraph">Last spring our events table passed two terabytes. Queries that used to take milliseconds started taking seconds, and the nightly reports began to overlap with the morning traffic. This is what we changed, what worked, and what did not.</p>
<h2 class="pw-post-body-heading">Start with the queries, not the table</h2>
<p class="pw-post-body-paragraph">We turned on <code>pg_stat_statements</code> and sorted by total time. Three query shapes accounted for 81% of the load. Two of them filtered on <code>account_id</code> and a time range; the third looked up unprocessed events.</p>
<pre><code class="language-sql">SELECT query, calls, total_exec_time, mean_exec_time
FROM pg_stat_statements
ORDER BY total_exec_time DESC
LIMIT 10;</code></pre>
<h2 class="pw-post-body-heading">Partial indexes for the hot subset</h2>
<p class="pw-post-body-paragraph">Only about 0.3% of rows were ever unprocessed, yet the index on <code>processed_at</code> covered every row. Replacing it with a partial index shrank it from 41 GB to 130 MB:</p>
<pre><code class="language-sql">CREATE INDEX CONCURRENTLY events_unprocessed_idx
    ON events (created_at)
    WHERE processed_at IS NULL;</code></pre>
<p class="pw-post-body-paragraph">The worker query went from 2.3 seconds to 4 milliseconds, because the whole index now fits in memory.</p>
<h2 class="pw-post-body-heading">Covering indexes for the reports</h2>
<p class="pw-post-body-paragraph">The reports read a handful of columns for one account over a month. An index with <code>INCLUDE</code> let Postgres answer them with index-only scans:</p>
<pre><code class="language-sql">CREATE INDEX CONCURRENTLY events_account_time_idx
    ON events (account_id, created_at)
    INCLUDE (kind, amount);</code></pre>
<p class="pw-post-body-paragraph">Index-only scans only help if the visibility map is current, which brings us to the setting that mattered most.</p>
<h2 class="pw-post-body-heading">Autovacuum was not keeping up</h2>
<p class="pw-post-body-paragraph">With the default scale factor of 0.2, autovacuum waited for 400 million dead rows before touching the table. We set per-table thresholds instead:</p>
<pre><code class="language-sql">ALTER TABLE events SET (
    autovacuum_vacuum_scale_factor = 0.0,
    autovacuum_vacuum_threshold = 5000000,
    autovacuum_vacuum_cost_limit = 2000
);</code></pre>
<p class="pw-post-body-paragraph">After that, heap fetches during the report queries fell by 97%, and the reports finished before 6am again.</p>
<h2 class="pw-post-body-heading">What did not work</h2>
<ul><li>BRIN indexes on <code>created_at</code>: great for size, but our inserts are not strictly in time order, so they were too imprecise.</li>
<li>Partitioning by month: it helped maintenance, but did nothing for the hot queries until we fixed the indexes.</li>
<li>Raising <code>work_mem</code> globally: it made a few sorts faster and caused one out-of-memory incident.</li></ul>
<p class="pw-post-body-paragraph">If I had to summarise: measure first, index for the queries you actually run, and make sure vacuum can keep up. Everything else is detail.</p><!--/MAIN-->"""

WALKING = """<!--MAIN--><h2 class="posttitle">On walking to work</h2><!--/MAIN-->
<div class="postdate">Tuesday, 17 November 2026</div>
<!--MAIN--><div class="postbody">
<p>For six years I took the bus. It is a good bus, mostly on time, and the journey is twenty minutes door to door. In March, when the route was diverted for roadworks, I started walking instead, and I have not gone back.</p>
<p>The walk is 3.4 kilometres and takes me forty minutes. That sounds like a bad trade, and on paper it is: I lose forty minutes a day. But I no longer go to the gym, which took an hour three times a week, so I am roughly even.</p>
<p>What I did not expect was how much the walk would change the shape of the day. The first ten minutes are for worrying about whatever is on my mind. By the canal bridge I have usually run out of worries, and the rest is just looking at things: the heron that stands on the same lock gate every morning, the café owner hosing down the pavement, the slow progress of the new flats by the station.</p>
<p>On the way home it works in reverse. By the time I reach my door, work is mostly gone from my head. My partner says I am easier to live with. I believe her.</p>
<p>There are bad days. November rain, mostly. I bought a proper waterproof and a pair of boots, and I keep a dry shirt in a drawer at the office. On the worst days I still take the bus, and I no longer feel bad about it.</p>
<p>I am not going to tell you to walk to work. Plenty of people cannot, and plenty of walks are miserable. But if you can, and the route is even half pleasant, try it for a month. You might find, as I did, that the time you thought you were losing was the best part of the day.</p>
</div><!--/MAIN-->"""

REPAIR = """<p>Last month a man on my street opened a repair shop in what used to be a betting office. He fixes phones, laptops, kettles, and, on one memorable afternoon, an accordion. I have been wondering since how his business can possibly work.</p>
<p>The economics of repair look terrible at first glance. A new toaster costs £20. Taking one apart, finding the broken thermostat and ordering the part takes an hour of skilled time. Nobody will pay £40 to fix a £20 toaster.</p>
<h3>The average is misleading</h3>
<p>But most of what comes through his door is not toasters. It is phones with cracked screens, laptops with failing batteries and dead charging ports, and coffee machines that cost £600 new. For those, a £60 repair is an easy decision.</p>
<p>He told me that about 70% of his revenue comes from phones and laptops, 20% from small appliances above £150, and the rest from everything else, including the odd accordion. The toasters are, in his words, “marketing”: they bring people in, and people come back with the expensive things.</p>
<h3>Parts are the hard part</h3>
<p>The real constraint is not labour but parts. Manufacturers that sell spare parts to independent repairers make his life easy. Those that glue batteries in or pair components to a device's serial number make it slow or impossible. New right-to-repair rules, which require makers to sell parts for at least seven years, are already changing this for washing machines and fridges, and will cover phones from next year.</p>
<blockquote><p>If the part exists and I can buy it, I can fix almost anything. If it doesn't, no amount of skill helps.</p></blockquote>
<h3>Why it matters beyond one shop</h3>
<p>Repair is labour-intensive and local by nature. Every repair that replaces a purchase moves spending from a factory abroad to a workshop down the road. It is a small effect, but it is one of the few economic shifts that is good for household budgets, for local employment and for emissions at the same time.</p>
<p>My neighbour is not thinking about any of that. He is thinking about his rent, which is due on Friday. But I hope he is still there in five years, and I suspect that, with the rules changing in his favour, he will be.</p>"""

LENTIL = """<!--MAIN--><header class="entry-header"><h1 class="entry-title">Smoky red lentil soup (one pot, 35 minutes)</h1></header><!--/MAIN-->
<!--SKIP--><div class="recipe-jump"><a href="#recipe" class="wprm-recipe-jump">Jump to Recipe</a> <a href="/print/8812" class="wprm-recipe-print">Print Recipe</a></div><!--/SKIP-->
<div class="disclosure"><em>This post may contain affiliate links. Please read our disclosure policy.</em></div>
<!--MAIN--><div class="entry-content">
<p>This is the soup I make more than any other between October and March. It is cheap, it uses things you probably already have, and it tastes like it took far longer than it does. The smoked paprika does most of the work.</p>
<p>Red lentils are the secret to how quickly it comes together: they need no soaking and collapse into the broth in about twenty minutes, so you get a thick, creamy soup without any cream.</p>
<h2>Tips for the best lentil soup</h2>
<ul><li><strong>Rinse the lentils</strong> until the water runs clear, or the soup can turn foamy and grey.</li>
<li><strong>Don't skip the lemon.</strong> A squeeze at the end lifts everything.</li>
<li><strong>Blend half</strong> if you like some texture, or all of it for a silky soup.</li></ul>
<h2>Can I freeze it?</h2>
<p>Yes. Cool it completely and freeze in portions for up to three months. It thickens as it stands, so add a splash of water when you reheat it.</p>
<div class="wprm-recipe-container" id="recipe"><div class="wprm-recipe">
<h2 class="wprm-recipe-name">Smoky red lentil soup</h2>
<div class="wprm-recipe-meta"><span>Prep: 10 minutes</span> <span>Cook: 25 minutes</span> <span>Serves: 4</span></div>
<h3>Ingredients</h3>
<ul class="wprm-recipe-ingredients"><li>2 tbsp olive oil</li><li>1 large onion, chopped</li><li>2 carrots, diced</li><li>3 garlic cloves, crushed</li><li>2 tsp smoked paprika</li><li>1 tsp ground cumin</li><li>250 g red lentils, rinsed</li><li>1 x 400 g tin chopped tomatoes</li><li>1.2 litres vegetable stock</li><li>Juice of half a lemon</li><li>Salt and pepper</li></ul>
<h3>Method</h3>
<ol class="wprm-recipe-instructions"><li>Heat the oil in a large pan and cook the onion and carrots over a medium heat for 8 minutes, until soft.</li><li>Add the garlic, paprika and cumin and stir for 1 minute.</li><li>Add the lentils, tomatoes and stock. Bring to the boil, then simmer for 20 minutes, until the lentils have collapsed.</li><li>Blend half of the soup and stir it back in. Season, add the lemon juice and serve.</li></ol>
<h3>Nutrition (per serving)</h3>
<table class="wprm-nutrition"><tr><th>Calories</th><td>318 kcal</td></tr><tr><th>Protein</th><td>17 g</td></tr><tr><th>Fibre</th><td>8 g</td></tr><tr><th>Salt</th><td>1.1 g</td></tr></table>
</div></div>
</div><!--/MAIN-->"""

GERMAN = """<!--MAIN--><header class="entry-header"><h1 class="entry-title">Mit dem Nachtzug nach Wien: ein Erfahrungsbericht</h1></header><!--/MAIN-->
<div class="entry-meta"><span class="posted-on">Veröffentlicht am 14. November 2026</span> von <a href="/author/jonas/">Jonas</a></div>
<!--MAIN--><div class="entry-content">
<p>Seit Jahren wollte ich einmal mit dem Nachtzug fahren. Im Oktober hat es endlich geklappt: Hamburg–Wien im Liegewagen, Abfahrt 20:12 Uhr, Ankunft am nächsten Morgen um 9:48 Uhr. Hier sind meine Eindrücke, für alle, die mit dem Gedanken spielen.</p>
<h2>Buchung und Preis</h2>
<p>Ich habe etwa sechs Wochen vorher gebucht und für einen Platz im Sechser-Liegewagen 79 Euro bezahlt, inklusive Frühstück. Ein Einzelabteil im Schlafwagen hätte 219 Euro gekostet. Die Preise steigen deutlich, je näher der Reisetag rückt.</p>
<h2>Die Nacht im Liegewagen</h2>
<p>Das Abteil war sauber, die Betten schmaler als erwartet, aber mit Kissen, Decke und Bettwäsche ausgestattet. Meine Mitreisenden waren ein älteres Ehepaar aus Lüneburg und zwei Studentinnen, die nach Wien zum Konzert wollten. Um elf wurde das Licht gelöscht, und erstaunlicherweise habe ich gut geschlafen, bis der Zug irgendwo hinter Passau länger stand.</p>
<h2>Was ich beim nächsten Mal anders machen würde</h2>
<ul><li>Ohrstöpsel und eine Schlafmaske mitnehmen.</li><li>Wasser und einen kleinen Snack einpacken, denn der Speisewagen fehlt.</li><li>Das Gepäck klein halten, weil der Stauraum knapp ist.</li></ul>
<h2>Fazit</h2>
<p>Im Vergleich zum Flug habe ich keine Zeit verloren: Ich bin abends nach der Arbeit eingestiegen und morgens mitten in der Stadt ausgestiegen, ohne Sicherheitskontrolle und ohne Fahrt zum Flughafen. Für Strecken bis etwa tausend Kilometer ist der Nachtzug für mich ab jetzt die erste Wahl.</p>
</div><!--/MAIN-->"""


PAGES = [
    ("blog-tomatoes-wordpress", "utf-8", wordpress(dict(
        seed=21, site="smallplotdiary.example", site_name="Small Plot Diary",
        title="Ten lessons from a year of growing tomatoes in containers – Small Plot Diary",
        og={"title": "Ten lessons from a year of growing tomatoes in containers", "site_name": "Small Plot Diary"},
        article=TOMATOES, comments=34))),
    ("blog-postgres-platform", "utf-8", medium_like(dict(
        seed=22, site="engineering.example", site_name="Better Backends", author="Priya Natarajan", handle="priyan",
        title="What I learned tuning Postgres indexes for a 2 TB table | by Priya Natarajan | Better Backends",
        article=POSTGRES, comments=23))),
    ("blog-walking-handmade", "utf-8", plain_site(dict(
        seed=23, site_name="Pavement Notes", lang=None,
        title="On walking to work — Pavement Notes", article=WALKING))),
    ("blog-repair-newsletter", "utf-8", substack(dict(
        seed=24, site="streetlevel.example", site_name="Street Level Economics", author="Hannah Osei", handle="hannahosei",
        headline="The quiet economics of repair shops", subtitle="Why a man fixing kettles on my street might be onto something",
        title="The quiet economics of repair shops - by Hannah Osei",
        article="<!--MAIN-->" + REPAIR + "<!--/MAIN-->", comments=38))),
    ("blog-lentil-recipe", "utf-8", wordpress(dict(
        seed=25, site="weeknightpot.example", site_name="The Weeknight Pot", tagline="Simple food for busy evenings",
        title="Smoky red lentil soup (one pot, 35 minutes) - The Weeknight Pot",
        recent=["Crispy chickpea traybake", "The only flapjack recipe you need", "Leek and potato gratin", "Five pantry pasta sauces"],
        article=LENTIL, comments=52, state=80))),
    ("blog-nachtzug-german-nolang", "utf-8", wordpress(dict(
        seed=26, site="unterwegs.example", site_name="Langsam Unterwegs", tagline="Reisen ohne Flugzeug", lang=None,
        title="Mit dem Nachtzug nach Wien: ein Erfahrungsbericht – Langsam Unterwegs",
        recent=["Mit dem Rad an der Donau", "Interrail mit 50", "Zugfahren in Polen", "Packliste für eine Woche"],
        article=GERMAN, comments=12, cookie="generic"))),
]
