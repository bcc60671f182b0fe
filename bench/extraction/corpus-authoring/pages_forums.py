"""Forum and Q&A pages: the posts are the main content; profiles, votes and sidebars are not."""

from sites import discourse, phpbb, qa_site

BOILER_POSTS = [
    ("dampcellar", "Registered User", "Sun Nov 15, 2026 9:42 pm",
     "<p>Hi all, first post here. Our combi boiler (about 8 years old) loses pressure overnight. I top it up to 1.5 bar in the evening and by morning it is at 0.6 and the heating has locked out.</p><p>No visible leaks on any of the radiators or under the boiler. The pressure relief pipe outside does not seem to be dripping either. Any ideas where to start looking?</p>"),
    ("Gasman_Pete", "Gas Safe engineer", "Sun Nov 15, 2026 10:05 pm",
     "<p>Classic symptoms. The usual suspects, in order of likelihood:</p><ol><li>Expansion vessel has lost its charge</li><li>Pressure relief valve passing (check the pipe outside in the morning, it may only weep when the system is hot)</li><li>A small leak somewhere under the floor</li></ol><p>Does the pressure shoot up when the heating comes on? If it goes from 1.5 to nearly 3 bar when hot, the expansion vessel is almost certainly flat.</p>"),
    ("dampcellar", "Registered User", "Sun Nov 15, 2026 10:31 pm",
     "<p>Just checked with the heating on: it goes from 1.4 to 2.8 bar within about ten minutes. So expansion vessel then?</p>"),
    ("Gasman_Pete", "Gas Safe engineer", "Sun Nov 15, 2026 10:40 pm",
     "<p>Very likely. When the vessel is flat, the water has nowhere to expand into, pressure hits 3 bar, the relief valve opens and dumps a little water outside. Overnight it cools and the pressure falls below where you started. Repeat every day.</p><p>The vessel needs recharging to about 0.75–1 bar with the system drained down. Schrader valve, like a car tyre, usually on top or on the side of the vessel.</p>"),
    ("Lenny_K", "Member", "Mon Nov 16, 2026 7:12 am",
     "<blockquote><cite>Gasman_Pete wrote:</cite>Schrader valve, like a car tyre</blockquote><p>Worth saying: if you press the valve and water comes out rather than air, the diaphragm has failed and recharging will not help. On some boilers the vessel is a separate part you can replace, on others it is a big job.</p>"),
    ("dampcellar", "Registered User", "Mon Nov 16, 2026 6:48 pm",
     "<p>Update: found the valve behind the boiler. Pressed it very gently and only air came out, no water. The gauge on my bike pump says it was at 0.2 bar.</p><p>Is this something I can do myself or should I get an engineer in?</p>"),
    ("Gasman_Pete", "Gas Safe engineer", "Mon Nov 16, 2026 7:20 pm",
     "<p>Recharging the vessel does not involve the gas side, so it is a reasonable DIY job if you are comfortable draining the system pressure. Roughly:</p><ul><li>Turn the boiler off and let it cool</li><li>Open a radiator drain or the boiler drain to bring system pressure to zero</li><li>Pump the vessel to 1 bar with a foot pump</li><li>Close the drain, refill to 1.2–1.5 bar cold, bleed radiators</li></ul><p>If you are not confident, any engineer will do it in half an hour.</p>"),
    ("Hydronic_Helen", "Moderator", "Mon Nov 16, 2026 9:03 pm",
     "<p>One more thing to check afterwards: if the relief valve has been lifting every day for weeks, it may not reseat properly now. Watch the pressure for a few days. If it still drops, the valve needs replacing, and that one is a job for an engineer.</p>"),
    ("dampcellar", "Registered User", "Sat Nov 21, 2026 11:15 am",
     "<p>Final update for anyone who finds this thread later: recharged the vessel to 1 bar on Tuesday, refilled to 1.3 bar cold. It now goes up to 1.9 when hot and has held steady for five days. Thank you all, you saved me a call-out fee.</p>"),
    ("Gasman_Pete", "Gas Safe engineer", "Sat Nov 21, 2026 12:02 pm",
     "<p>Good result. Make a note to check the vessel charge once a year when the boiler is serviced.</p>"),
]

NAS_POSTS = [
    ("tomasz", "Oct 2", "<p>I'm building my first home server to replace an ageing two-bay NAS. Main uses: photo backups from three phones, Time Machine for two Macs, and Jellyfin for the TV. Budget is around 600 not including drives.</p><p>Should I go for a prebuilt NAS again or build a small PC with TrueNAS? I'm comfortable with Linux but don't want a second job.</p>", 12),
    ("kira_m", "Oct 2", "<p>If you don't want a second job, a prebuilt is the honest answer. Updates, drive health alerts and backups to the cloud work out of the box. You pay for that in hardware per pound.</p>", 9),
    ("darren", "Oct 2", "<p>Counterpoint: a used small-form-factor office PC with an 8th-gen Intel CPU costs about 120 and transcodes 4K with Quick Sync far better than most NAS boxes. Add a four-bay enclosure or a case with room for drives and you're well under budget.</p>", 21),
    ("tomasz", "Oct 2", "<p>Transcoding is a good point, the current NAS can't handle it at all and the TV app struggles with some files. What about power use? It runs 24/7.</p>", 3),
    ("darren", "Oct 3", "<p>My OptiPlex with two HDDs idles at 14 W at the wall. Spinning drives are most of that. A prebuilt four-bay is similar.</p>", 8),
    ("sysadmin_sam", "Oct 3", "<p>Whatever you choose, please plan the backups first. RAID is not a backup. A NAS that syncs your phones is one copy; you need at least one more, ideally offsite.</p><p>I use restic to a cloud bucket every night, and a USB drive I swap with my parents once a month.</p>", 34),
    ("kira_m", "Oct 3", "<p>+1 to that. The number of people who lose photos because they assumed the mirror protected them against deletion or ransomware…</p>", 11),
    ("tomasz", "Oct 4", "<p>OK, backups noted. Leaning towards the DIY route now. TrueNAS Scale or plain Debian with ZFS?</p>", 2),
    ("zfs_fan", "Oct 4", "<p>TrueNAS Scale if you want a web UI for shares, snapshots and replication; it's ZFS underneath either way. Debian if you already know how you want everything configured. For a first build I'd take Scale.</p><p>Do set up automatic snapshots: hourly kept for a day, daily kept for a month. They are what saves you from the accidental delete.</p>", 17),
    ("darren", "Oct 4", "<p>And get ECC RAM if the platform supports it cheaply. Not essential, but ZFS trusts memory.</p>", 4),
    ("zfs_fan", "Oct 4", "<p>The ECC debate again :) It's nice to have. Plenty of people run ZFS without it happily. Don't let it block the build.</p>", 14),
    ("tomasz", "Oct 9", "<p>Parts ordered: used Fujitsu desktop with an i5-8500, 32 GB RAM, two 8 TB drives in a mirror, and a small SSD for the system. Total 410 with the drives.</p>", 19),
    ("kira_m", "Oct 9", "<p>Nice. Burn in the drives before you put data on them: a full badblocks pass or at least a long SMART test. Early failures are common.</p>", 10),
    ("tomasz", "Oct 16", "<p>Both drives passed a long SMART test and a full write/read pass (took almost two days). TrueNAS Scale installed, mirror created, snapshots every hour. Jellyfin in a container transcodes 4K HEVC to 1080p at about 60 fps with Quick Sync.</p>", 25),
    ("tomasz", "Oct 16", "<p>Time Machine over SMB works after enabling the Time Machine option on the share. Phone backups go through the Immich container, which is honestly better than the old NAS app.</p>", 16),
    ("sysadmin_sam", "Oct 17", "<p>Great writeup. What did you do for offsite?</p>", 2),
    ("tomasz", "Oct 17", "<p>Restic from a nightly cron job to a cloud bucket, photos and documents only (about 900 GB). Costs about 5 a month. I tested a restore of a random folder to make sure it actually works.</p>", 22),
    ("kira_m", "Oct 18", "<p>Testing the restore is the step almost everyone skips. Good job.</p>", 8),
    ("anders", "Nov 12", "<p>Found this thread from a search, very useful. One question: how loud are the drives in that case? Mine has to sit in the living room.</p>", 1),
    ("tomasz", "Nov 13", "<p>Audible when they seek, quiet otherwise. I put rubber grommets under the drive cage and it's fine in a cupboard. In the open living room I'd look at a case with better damping.</p>", 5),
]

REBASE_Q = """<p>I have a feature branch with 14 commits that I want to clean up before opening a pull request. Some commits are just “fix typo” or “wip”. I tried <code>git rebase -i main</code> but I get conflicts in files I never touched on my branch.</p>
<pre class="lang-none s-code-block"><code>$ git rebase -i main
Auto-merging src/config.py
CONFLICT (content): Merge conflict in src/config.py
error: could not apply 3f2a1c9... wip</code></pre>
<p>How can I squash my commits into a few meaningful ones without resolving conflicts that have nothing to do with my work?</p>"""

REBASE_A1 = """<p>The conflicts come from the fact that <code>git rebase -i main</code> does two things at once: it <em>moves</em> your branch onto the current tip of <code>main</code>, and it lets you edit the commits. If <code>main</code> has moved on and touched the same files, you get conflicts from the move, not from your squashing.</p>
<p>Rebase onto the commit your branch started from instead. That keeps the base where it is and only rewrites your own commits:</p>
<pre class="lang-bash s-code-block"><code class="hljs language-bash">git rebase -i $(git merge-base HEAD main)</code></pre>
<p>In the editor, mark the commits you want to fold into the previous one with <code>fixup</code> (or <code>f</code>), and reorder lines if needed. After that, rebase onto <code>main</code> as a separate step, when you are ready to deal with the real conflicts:</p>
<pre class="lang-bash s-code-block"><code class="hljs language-bash">git rebase main</code></pre>
<p>Doing it in two steps means each conflict you see is one that actually needs your attention.</p>"""

REBASE_A2 = """<p>If you want a single commit anyway, you can skip interactive rebase entirely:</p>
<pre class="lang-bash s-code-block"><code class="hljs language-bash">git reset --soft $(git merge-base HEAD main)
git commit -m "Add export to CSV"</code></pre>
<p><code>reset --soft</code> moves the branch pointer back to where your branch started but keeps all your changes staged, so the next commit contains everything in one go.</p>"""

REBASE_A3 = """<p>For the future: make the small fixes with <code>git commit --fixup=&lt;sha&gt;</code>. Then</p>
<pre class="lang-bash s-code-block"><code class="hljs language-bash">git rebase -i --autosquash $(git merge-base HEAD main)</code></pre>
<p>puts each fixup next to its target and marks it automatically. You can enable it by default with <code>git config --global rebase.autoSquash true</code>.</p>"""


PAGES = [
    ("forum-phpbb-boiler", "utf-8", phpbb(dict(
        seed=41, site_name="DIY Heating Forum", thread_title="Boiler loses pressure overnight, no visible leaks",
        title="Boiler loses pressure overnight, no visible leaks - DIY Heating Forum", posts=BOILER_POSTS))),
    ("forum-discourse-homeserver", "utf-8", discourse(dict(
        seed=42, site_name="Self-Hosters", thread_title="Prebuilt NAS or DIY home server for photos, backups and Jellyfin?",
        title="Prebuilt NAS or DIY home server for photos, backups and Jellyfin? - Hardware - Self-Hosters", posts=NAS_POSTS))),
    ("qa-git-squash", "utf-8", qa_site(dict(
        seed=43, site_name="Stack Overflow", question_title="How do I squash my feature branch commits without unrelated rebase conflicts?",
        title="git - How do I squash my feature branch commits without unrelated rebase conflicts? - Stack Overflow",
        question=REBASE_Q, asker="mfr", asker_rep=2311,
        qcomments=[("torek", "What does <code>git log --oneline main..HEAD</code> show? Are there merge commits on your branch?"),
                   ("mfr", "No merges, just my 14 commits.")],
        answers=[dict(body=REBASE_A1, votes=87, user="torek", rep=495112, accepted=True,
                      comments=[("mfr", "That was it, thank you. Two steps worked without a single conflict in the first one.")]),
                 dict(body=REBASE_A2, votes=31, user="VonC", rep=1331904),
                 dict(body=REBASE_A3, votes=12, user="jthill", rep=57402)],
        tags=["git", "git-rebase", "squash"],
        linked=["Squash my last X commits together", "What is the difference between merge --squash and rebase?"],
        related=["How do I undo the most recent local commits in Git?", "How to modify existing, unpushed commit messages?",
                 "How do I delete a Git branch locally and remotely?", "How do I resolve merge conflicts in a Git repository?",
                 "Git rebase: conflicts keep blocking progress"]))),
]
