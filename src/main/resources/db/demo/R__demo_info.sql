-- Demo content (demo mode only): the information pages a new portal shows before staff write
-- their own. Facts here are general and safe; what is Xenia-specific and not known yet (address,
-- hours, phone number) is left out: the pages say it will be there soon and point to the ask page,
-- never asking the reader to "fill in" anything. Partner organisations (Fier, the GGD) are explained
-- in a few words the first time a page names them.
-- Two municipalities (Heerenveen, Leeuwarden) get an example note and are marked example = TRUE.
--
-- Flyway reruns this file whenever it changes, so every statement is guarded: a page, a
-- translation or a note is only inserted when it does not exist yet, and municipality rows are
-- only touched while staff have not filled them in. Nothing here ever overwrites staff work.
-- Portable SQL: H2 2.3 (PostgreSQL mode) and PostgreSQL 15. Fixed page ids below 100 (the
-- sequences start at 1000); translation ids come from info_translation_seq.

-- Pages: topics (no parent, shown as tiles with their pictogram) and two health sub-pages.
INSERT INTO info_page (id, slug, parent_id, position, pictogram, kind, created_at) SELECT 1, 'xenia', NULL, 1, 'xenia', 'TEXT', CURRENT_TIMESTAMP WHERE NOT EXISTS (SELECT 1 FROM info_page WHERE id = 1 OR slug = 'xenia');
INSERT INTO info_page (id, slug, parent_id, position, pictogram, kind, created_at) SELECT 2, 'health', NULL, 2, 'health', 'TEXT', CURRENT_TIMESTAMP WHERE NOT EXISTS (SELECT 1 FROM info_page WHERE id = 2 OR slug = 'health');
INSERT INTO info_page (id, slug, parent_id, position, pictogram, kind, created_at) SELECT 3, 'safe-work', NULL, 3, 'safe-work', 'TEXT', CURRENT_TIMESTAMP WHERE NOT EXISTS (SELECT 1 FROM info_page WHERE id = 3 OR slug = 'safe-work');
INSERT INTO info_page (id, slug, parent_id, position, pictogram, kind, created_at) SELECT 4, 'rules', NULL, 4, 'rules', 'MUNICIPALITIES', CURRENT_TIMESTAMP WHERE NOT EXISTS (SELECT 1 FROM info_page WHERE id = 4 OR slug = 'rules');
INSERT INTO info_page (id, slug, parent_id, position, pictogram, kind, created_at) SELECT 5, 'money', NULL, 5, 'money', 'TEXT', CURRENT_TIMESTAMP WHERE NOT EXISTS (SELECT 1 FROM info_page WHERE id = 5 OR slug = 'money');
INSERT INTO info_page (id, slug, parent_id, position, pictogram, kind, created_at) SELECT 6, 'stopping', NULL, 6, 'stopping', 'TEXT', CURRENT_TIMESTAMP WHERE NOT EXISTS (SELECT 1 FROM info_page WHERE id = 6 OR slug = 'stopping');
INSERT INTO info_page (id, slug, parent_id, position, pictogram, kind, created_at) SELECT 7, 'violence', NULL, 7, 'violence', 'TEXT', CURRENT_TIMESTAMP WHERE NOT EXISTS (SELECT 1 FROM info_page WHERE id = 7 OR slug = 'violence');
INSERT INTO info_page (id, slug, parent_id, position, pictogram, kind, created_at) SELECT 8, 'emergency', NULL, 8, 'emergency', 'TEXT', CURRENT_TIMESTAMP WHERE NOT EXISTS (SELECT 1 FROM info_page WHERE id = 8 OR slug = 'emergency');
INSERT INTO info_page (id, slug, parent_id, position, pictogram, kind, created_at) SELECT 21, 'sti-testing', 2, 1, NULL, 'TEXT', CURRENT_TIMESTAMP WHERE NOT EXISTS (SELECT 1 FROM info_page WHERE id = 21 OR slug = 'sti-testing') AND EXISTS (SELECT 1 FROM info_page WHERE id = 2 AND slug = 'health');
INSERT INTO info_page (id, slug, parent_id, position, pictogram, kind, created_at) SELECT 22, 'prep', 2, 2, NULL, 'TEXT', CURRENT_TIMESTAMP WHERE NOT EXISTS (SELECT 1 FROM info_page WHERE id = 22 OR slug = 'prep') AND EXISTS (SELECT 1 FROM info_page WHERE id = 2 AND slug = 'health');

-- Page 1 (xenia).
INSERT INTO info_translation (id, page_id, language, title, body, status, version, source_version, last_checked, updated_at, updated_by)
SELECT NEXTVAL('info_translation_seq'), 1, 'nl', 'Over Xenia', 'Xenia is het steunpunt voor sekswerkers in heel Fryslân. Xenia is in Leeuwarden. Fier (hulp bij geweld en uitbuiting), de GGD (de openbare gezondheidsdienst) en het Leger des Heils werken samen in Xenia.

## Wat kun je bij Xenia doen?

- Vragen stellen over gezondheid, geld, regels en veiligheid.
- Praten met iemand die je niet veroordeelt.
- Hulp krijgen als je dat wilt. Jij bepaalt wat er gebeurt.

Xenia is **gratis**. Je hoeft je naam niet te geven.

## Langskomen

Je kunt langskomen tijdens het inloopspreekuur. Of je maakt een afspraak.

Het adres, de tijden en het telefoonnummer van Xenia staan hier binnenkort. Tot dan kun je [een vraag stellen op deze site](/nl/ask), zonder je naam.

Ben je nu in gevaar? Bel [112](tel:112).',
'PUBLISHED', 1, NULL, DATE '2026-11-22', CURRENT_TIMESTAMP, 'demo'
WHERE NOT EXISTS (SELECT 1 FROM info_translation WHERE page_id = 1 AND language = 'nl')
AND EXISTS (SELECT 1 FROM info_page WHERE id = 1 AND slug = 'xenia');
INSERT INTO info_translation (id, page_id, language, title, body, status, version, source_version, last_checked, updated_at, updated_by)
SELECT NEXTVAL('info_translation_seq'), 1, 'en', 'About Xenia', 'Xenia is the support point for sex workers in all of Fryslân. Xenia is in Leeuwarden. Fier (help with violence and exploitation), the GGD (public health service) and the Leger des Heils (Salvation Army) run Xenia together.

## What can you do at Xenia?

- Ask questions about health, money, rules and safety.
- Talk to someone who does not judge you.
- Get help if you want it. You decide what happens.

Xenia is **free**. You do not have to give your name.

## Coming by

You can come by during walk-in hours. Or you can make an appointment.

The address, hours and phone number of Xenia will be here soon. Until then you can [ask a question on this site](/en/ask), without your name.

Are you in danger right now? Call [112](tel:112).',
'PUBLISHED', 1, 1, DATE '2026-11-22', CURRENT_TIMESTAMP, 'demo'
WHERE NOT EXISTS (SELECT 1 FROM info_translation WHERE page_id = 1 AND language = 'en')
AND EXISTS (SELECT 1 FROM info_page WHERE id = 1 AND slug = 'xenia');
INSERT INTO info_translation (id, page_id, language, title, body, status, version, source_version, last_checked, updated_at, updated_by)
SELECT NEXTVAL('info_translation_seq'), 1, 'ro', 'Despre Xenia', 'Xenia este punctul de sprijin pentru lucrătorii și lucrătoarele sexuale din toată provincia Fryslân. Xenia se află în Leeuwarden. Fier (ajutor în caz de violență și exploatare), GGD (serviciul public de sănătate) și Leger des Heils (Armata Salvării) conduc Xenia împreună.

## Ce poți face la Xenia?

- Poți pune întrebări despre sănătate, bani, reguli și siguranță.
- Poți vorbi cu cineva care nu te judecă.
- Poți primi ajutor, dacă vrei. Tu decizi ce se întâmplă.

Ajutorul de la Xenia este **gratuit**. Nu trebuie să-ți spui numele.

## Cum poți veni

Poți veni fără programare, în orele de primire. Sau poți face o programare.

Adresa, orele și telefonul Xenia vor fi aici în curând. Până atunci poți [pune o întrebare pe acest site](/ro/ask), fără să spui cine ești.

Ești în pericol chiar acum? Sună la [112](tel:112).',
'PUBLISHED', 1, 1, DATE '2026-11-22', CURRENT_TIMESTAMP, 'demo'
WHERE NOT EXISTS (SELECT 1 FROM info_translation WHERE page_id = 1 AND language = 'ro')
AND EXISTS (SELECT 1 FROM info_page WHERE id = 1 AND slug = 'xenia');
INSERT INTO info_translation (id, page_id, language, title, body, status, version, source_version, last_checked, updated_at, updated_by)
SELECT NEXTVAL('info_translation_seq'), 1, 'bg', 'За Xenia', 'Xenia е място за подкрепа на секс работници от цялата провинция Фрисландия (Fryslân). Xenia се намира в град Леуварден (Leeuwarden). Fier (помощ при насилие и експлоатация), GGD (обществената здравна служба) и Leger des Heils (Армията на спасението) работят заедно в Xenia.

## Какво можеш да направиш в Xenia?

- Да питаш за здраве, пари, правила и безопасност.
- Да говориш с някого, който не те съди.
- Да получиш помощ, ако искаш. Ти решаваш какво ще стане.

Помощта в Xenia е **безплатна**. Не е нужно да казваш името си.

## Как да дойдеш

Можеш да дойдеш без записан час, в часовете за свободно посещение. Или да си запишеш час.

Адресът, часовете и телефонът на Xenia ще бъдат тук скоро. Дотогава можеш да [зададеш въпрос на този сайт](/bg/ask), без да казваш името си.

В опасност ли си точно сега? Обади се на [112](tel:112).',
'PUBLISHED', 1, 1, DATE '2026-11-22', CURRENT_TIMESTAMP, 'demo'
WHERE NOT EXISTS (SELECT 1 FROM info_translation WHERE page_id = 1 AND language = 'bg')
AND EXISTS (SELECT 1 FROM info_page WHERE id = 1 AND slug = 'xenia');
INSERT INTO info_translation (id, page_id, language, title, body, status, version, source_version, last_checked, updated_at, updated_by)
SELECT NEXTVAL('info_translation_seq'), 1, 'es', 'Sobre Xenia', 'Xenia es el punto de apoyo para trabajadoras y trabajadores sexuales de toda la provincia de Fryslân. Xenia está en Leeuwarden. Lo llevan juntos Fier (ayuda en casos de violencia y explotación), la GGD (el servicio público de salud) y el Leger des Heils (el Ejército de Salvación).

## ¿Qué puedes hacer en Xenia?

- Hacer preguntas sobre salud, dinero, normas y seguridad.
- Hablar con alguien que no te juzga.
- Recibir ayuda, si tú quieres. Tú decides qué pasa.

La ayuda de Xenia es **gratuita**. No tienes que decir tu nombre.

## Cómo venir

Puedes venir sin cita, en el horario de atención libre. O puedes pedir una cita.

La dirección, el horario y el teléfono de Xenia estarán aquí pronto. Mientras tanto puedes [hacer una pregunta en esta web](/es/ask), sin dar tu nombre.

¿Estás en peligro ahora mismo? Llama al [112](tel:112).',
'PUBLISHED', 1, 1, DATE '2026-11-22', CURRENT_TIMESTAMP, 'demo'
WHERE NOT EXISTS (SELECT 1 FROM info_translation WHERE page_id = 1 AND language = 'es')
AND EXISTS (SELECT 1 FROM info_page WHERE id = 1 AND slug = 'xenia');

-- Page 2 (health).
INSERT INTO info_translation (id, page_id, language, title, body, status, version, source_version, last_checked, updated_at, updated_by)
SELECT NEXTVAL('info_translation_seq'), 2, 'nl', 'Gezondheid', 'Goed zorgen voor je gezondheid is belangrijk, ook in je werk. De GGD (de openbare gezondheidsdienst) kan je daarbij helpen.

## Soa-test

Als sekswerker kun je bij de GGD een **gratis** soa-test doen. Dat kan **anoniem**: je hoeft je echte naam niet te geven.

## Hepatitis B

Sekswerkers kunnen via de GGD een vaccinatie tegen hepatitis B krijgen. De vaccinatie beschermt je tegen deze ziekte.

## PrEP

PrEP is een pil die beschermt tegen hiv. Je kunt PrEP krijgen via de GGD.

## Condooms en glijmiddel

Condooms en glijmiddel beschermen tegen de meeste soa''s. Ze beschermen je het best als je ze elke keer gebruikt.

Heb je vragen over je gezondheid? Je kunt ze stellen bij Xenia. Jij bepaalt wat je doet.',
'PUBLISHED', 1, NULL, DATE '2026-11-22', CURRENT_TIMESTAMP, 'demo'
WHERE NOT EXISTS (SELECT 1 FROM info_translation WHERE page_id = 2 AND language = 'nl')
AND EXISTS (SELECT 1 FROM info_page WHERE id = 2 AND slug = 'health');
INSERT INTO info_translation (id, page_id, language, title, body, status, version, source_version, last_checked, updated_at, updated_by)
SELECT NEXTVAL('info_translation_seq'), 2, 'en', 'Health', 'Taking good care of your health is important, also in your work. The GGD (public health service) can help you with this.

## STI test

As a sex worker, you can get an STI test at the GGD **for free**. You can do it **anonymously**: you do not have to give your real name.

## Hepatitis B

Sex workers can get a vaccination against hepatitis B through the GGD. The vaccination protects you against this disease.

## PrEP

PrEP is a pill that protects against HIV. You can get PrEP through the GGD.

## Condoms and lube

Condoms and lube protect against most STIs. They protect you best when you use them every time.

Do you have questions about your health? You can ask them at Xenia. You decide what you do.',
'PUBLISHED', 1, 1, DATE '2026-11-22', CURRENT_TIMESTAMP, 'demo'
WHERE NOT EXISTS (SELECT 1 FROM info_translation WHERE page_id = 2 AND language = 'en')
AND EXISTS (SELECT 1 FROM info_page WHERE id = 2 AND slug = 'health');
INSERT INTO info_translation (id, page_id, language, title, body, status, version, source_version, last_checked, updated_at, updated_by)
SELECT NEXTVAL('info_translation_seq'), 2, 'ro', 'Sănătate', 'Este important să ai grijă de sănătatea ta, și în munca ta. GGD (serviciul public de sănătate) te poate ajuta.

## Testul pentru ITS

Dacă faci muncă sexuală, poți face la GGD un test **gratuit** pentru infecții cu transmitere sexuală (ITS). Testul poate fi **anonim**: nu trebuie să-ți spui numele adevărat.

## Hepatita B

Lucrătorii și lucrătoarele sexuale se pot vaccina împotriva hepatitei B prin GGD. Vaccinul te protejează de această boală.

## PrEP

PrEP este o pastilă care te protejează de HIV. Poți primi PrEP prin GGD.

## Prezervative și lubrifiant

Prezervativele și lubrifiantul te protejează de cele mai multe ITS. Te protejează cel mai bine dacă le folosești de fiecare dată.

Ai întrebări despre sănătatea ta? Le poți pune la Xenia. Tu decizi ce faci.',
'PUBLISHED', 1, 1, DATE '2026-11-22', CURRENT_TIMESTAMP, 'demo'
WHERE NOT EXISTS (SELECT 1 FROM info_translation WHERE page_id = 2 AND language = 'ro')
AND EXISTS (SELECT 1 FROM info_page WHERE id = 2 AND slug = 'health');
INSERT INTO info_translation (id, page_id, language, title, body, status, version, source_version, last_checked, updated_at, updated_by)
SELECT NEXTVAL('info_translation_seq'), 2, 'bg', 'Здраве', 'Важно е да се грижиш за здравето си, и в работата си. GGD (обществената здравна служба) може да ти помогне.

## Тест за ППИ

Като секс работник можеш да си направиш **безплатен** тест за полово предавани инфекции (ППИ) в GGD. Тестът може да е **анонимен**: не е нужно да казваш истинското си име.

## Хепатит Б

Секс работниците могат да се ваксинират срещу хепатит Б чрез GGD. Ваксината те пази от тази болест.

## PrEP

PrEP е хапче, което пази от ХИВ. Можеш да получиш PrEP чрез GGD.

## Презервативи и лубрикант

Презервативите и лубрикантът пазят от повечето ППИ. Пазят те най-добре, ако ги използваш всеки път.

Имаш въпроси за здравето си? Можеш да ги зададеш в Xenia. Ти решаваш какво да направиш.',
'PUBLISHED', 1, 1, DATE '2026-11-22', CURRENT_TIMESTAMP, 'demo'
WHERE NOT EXISTS (SELECT 1 FROM info_translation WHERE page_id = 2 AND language = 'bg')
AND EXISTS (SELECT 1 FROM info_page WHERE id = 2 AND slug = 'health');
INSERT INTO info_translation (id, page_id, language, title, body, status, version, source_version, last_checked, updated_at, updated_by)
SELECT NEXTVAL('info_translation_seq'), 2, 'es', 'Salud', 'Cuidar tu salud es importante, también en tu trabajo. La GGD (el servicio público de salud) te puede ayudar.

## Prueba de ITS

Si haces trabajo sexual, puedes hacerte en la GGD una prueba **gratuita** de infecciones de transmisión sexual (ITS). La prueba puede ser **anónima**: no tienes que dar tu nombre real.

## Hepatitis B

Las personas que hacen trabajo sexual pueden vacunarse contra la hepatitis B a través de la GGD. La vacuna te protege contra esta enfermedad.

## PrEP

La PrEP es una pastilla que protege contra el VIH. Puedes conseguir la PrEP a través de la GGD.

## Condones y lubricante

Los condones y el lubricante protegen contra la mayoría de las ITS. Te protegen mejor si los usas cada vez.

¿Tienes preguntas sobre tu salud? Puedes hacerlas en Xenia. Tú decides qué haces.',
'PUBLISHED', 1, 1, DATE '2026-11-22', CURRENT_TIMESTAMP, 'demo'
WHERE NOT EXISTS (SELECT 1 FROM info_translation WHERE page_id = 2 AND language = 'es')
AND EXISTS (SELECT 1 FROM info_page WHERE id = 2 AND slug = 'health');

-- Page 3 (safe-work).
INSERT INTO info_translation (id, page_id, language, title, body, status, version, source_version, last_checked, updated_at, updated_by)
SELECT NEXTVAL('info_translation_seq'), 3, 'nl', 'Veilig werken', 'Jij weet zelf het best wat voor jou veilig voelt. Hier zijn een paar tips. Kies zelf wat bij jou past.

## Voor een afspraak

- Vertel iemand die je vertrouwt waar je bent en hoe laat je klaar bent.
- Spreek vooraf af wat je wel en niet doet, hoe lang het duurt en wat het kost.
- Zorg dat je telefoon opgeladen is.
- Neem genoeg condooms en glijmiddel mee.

## Tijdens het werk

- Vertrouw op je gevoel. Voelt iets niet goed? Je mag altijd nee zeggen.
- Houd je eigen identiteitsbewijs en je eigen geld bij je. Geef ze niet aan iemand anders.
- Weet waar de uitgang is.

## Daarna

- Laat de persoon die je vertrouwt weten dat alles goed is.
- Is er iets gebeurd? Je kunt erover praten bij Xenia. Jij bepaalt wat je vertelt.

Ben je nu in gevaar? Bel [112](tel:112).',
'PUBLISHED', 1, NULL, DATE '2026-11-22', CURRENT_TIMESTAMP, 'demo'
WHERE NOT EXISTS (SELECT 1 FROM info_translation WHERE page_id = 3 AND language = 'nl')
AND EXISTS (SELECT 1 FROM info_page WHERE id = 3 AND slug = 'safe-work');
INSERT INTO info_translation (id, page_id, language, title, body, status, version, source_version, last_checked, updated_at, updated_by)
SELECT NEXTVAL('info_translation_seq'), 3, 'en', 'Working safely', 'You know best what feels safe for you. Here are some tips. Choose what works for you.

## Before a booking

- Tell someone you trust where you are and what time you will finish.
- Agree in advance on what you do and do not do, how long it takes and what it costs.
- Make sure your phone is charged.
- Take enough condoms and lube with you.

## While you work

- Trust your feeling. Does something not feel right? You can always say no.
- Keep your own ID and your own money with you. Do not give them to anyone else.
- Know where the exit is.

## Afterwards

- Let the person you trust know that you are OK.
- Did something happen? You can talk about it at Xenia. You decide what you tell.

Are you in danger right now? Call [112](tel:112).',
'PUBLISHED', 1, 1, DATE '2026-11-22', CURRENT_TIMESTAMP, 'demo'
WHERE NOT EXISTS (SELECT 1 FROM info_translation WHERE page_id = 3 AND language = 'en')
AND EXISTS (SELECT 1 FROM info_page WHERE id = 3 AND slug = 'safe-work');

-- Page 4 (rules).
INSERT INTO info_translation (id, page_id, language, title, body, status, version, source_version, last_checked, updated_at, updated_by)
SELECT NEXTVAL('info_translation_seq'), 4, 'nl', 'Regels in jouw gemeente', 'De 18 gemeenten van Fryslân volgen vanaf 2027 één gezamenlijk kader voor sekswerk. Daarin stemmen ze hun lokale regels op elkaar af: over vergunningen en over handhaving.

## Wat geldt waar?

In de tabel hieronder zie je per gemeente wat er geldt. Bijvoorbeeld waar het loket voor vergunningen is. Staat er bij jouw gemeente nog niets? Vraag het dan aan Xenia.

## Xenia legt het uit

Regels kunnen ingewikkeld zijn. Xenia kan je uitleggen wat voor jou geldt. Dat is gratis.

Praten met Xenia is **geen melding** bij de gemeente of bij de politie. Xenia is er om jou te steunen. Jij bepaalt wat je vertelt en wat je daarna doet.',
'PUBLISHED', 1, NULL, DATE '2026-11-22', CURRENT_TIMESTAMP, 'demo'
WHERE NOT EXISTS (SELECT 1 FROM info_translation WHERE page_id = 4 AND language = 'nl')
AND EXISTS (SELECT 1 FROM info_page WHERE id = 4 AND slug = 'rules');
INSERT INTO info_translation (id, page_id, language, title, body, status, version, source_version, last_checked, updated_at, updated_by)
SELECT NEXTVAL('info_translation_seq'), 4, 'en', 'Rules in your municipality', 'From 2027, the 18 municipalities of Fryslân follow one shared framework for sex work. In it, they bring their local rules in line with each other: rules on licences and on enforcement.

## What applies where?

In the table below you can see what applies in each municipality. For example, where the licensing desk is. Is there nothing yet for your municipality? Then ask Xenia.

## Xenia can explain

Rules can be complicated. Xenia can explain what applies to you. This is free.

Talking to Xenia is **not reporting** to the municipality or the police. Xenia is there to support you. You decide what you tell and what you do next.',
'PUBLISHED', 1, 1, DATE '2026-11-22', CURRENT_TIMESTAMP, 'demo'
WHERE NOT EXISTS (SELECT 1 FROM info_translation WHERE page_id = 4 AND language = 'en')
AND EXISTS (SELECT 1 FROM info_page WHERE id = 4 AND slug = 'rules');

-- Page 5 (money).
INSERT INTO info_translation (id, page_id, language, title, body, status, version, source_version, last_checked, updated_at, updated_by)
SELECT NEXTVAL('info_translation_seq'), 5, 'nl', 'Geld, belasting en papieren', 'Ook bij sekswerk horen papieren en belasting. Dat kan veel lijken. Xenia kan je helpen met de stappen hieronder.

## Voor jezelf werken

Werk je voor jezelf? Dan schrijf je je meestal in bij de **KvK** (Kamer van Koophandel). En je betaalt inkomstenbelasting.

## BSN

Een **BSN** (burgerservicenummer) heb je nodig om te werken en voor de belasting.

## Bankrekening

Voor een Nederlandse bankrekening heb je meestal een identiteitsbewijs en een BSN nodig.

## Tips

- Houd bij wat je verdient en wat je uitgeeft. Bewaar je bonnetjes.
- Houd je eigen geld en je eigen bankpas zelf bij je. Niemand mag je geld afpakken.
- Heb je schulden of zorgen over geld? Je kunt erover praten bij Xenia.

Xenia helpt je met de KvK, je BSN en een bankrekening. Jij bepaalt wat je doet.',
'PUBLISHED', 1, NULL, DATE '2026-11-22', CURRENT_TIMESTAMP, 'demo'
WHERE NOT EXISTS (SELECT 1 FROM info_translation WHERE page_id = 5 AND language = 'nl')
AND EXISTS (SELECT 1 FROM info_page WHERE id = 5 AND slug = 'money');
INSERT INTO info_translation (id, page_id, language, title, body, status, version, source_version, last_checked, updated_at, updated_by)
SELECT NEXTVAL('info_translation_seq'), 5, 'en', 'Money, tax and paperwork', 'Sex work also comes with paperwork and tax. This can seem like a lot. Xenia can help you with the steps below.

## Working for yourself

Do you work for yourself? Then you usually register with the **KvK** (Chamber of Commerce). And you pay income tax.

## BSN

You need a **BSN** (citizen service number) to work and for tax.

## Bank account

For a Dutch bank account you usually need an ID and a BSN.

## Tips

- Keep track of what you earn and what you spend. Keep your receipts.
- Keep your own money and your own bank card with you. Nobody may take your money.
- Do you have debts or worries about money? You can talk about it at Xenia.

Xenia can help you with the KvK, your BSN and a bank account. You decide what you do.',
'PUBLISHED', 1, 1, DATE '2026-11-22', CURRENT_TIMESTAMP, 'demo'
WHERE NOT EXISTS (SELECT 1 FROM info_translation WHERE page_id = 5 AND language = 'en')
AND EXISTS (SELECT 1 FROM info_page WHERE id = 5 AND slug = 'money');

-- Page 6 (stopping).
INSERT INTO info_translation (id, page_id, language, title, body, status, version, source_version, last_checked, updated_at, updated_by)
SELECT NEXTVAL('info_translation_seq'), 6, 'nl', 'Stoppen of iets anders doen', 'Wil je stoppen met sekswerk, of minder werken? Of twijfel je? Dat is helemaal aan jou. Jij beslist, in je eigen tempo.

## Waar Xenia kan helpen

Xenia kan met je meedenken over:

- ander werk
- geld en inkomen
- wonen
- schulden
- cursussen

## Geen druk

Je hoeft niets. Je kunt ook eerst alleen praten en later beslissen. Of helemaal niets beslissen. Wil je blijven werken? Ook dan kun je bij Xenia terecht.

## Praten met Xenia

Praten met Xenia is gratis. Je hoeft je naam niet te geven. Je kunt langskomen tijdens het inloopspreekuur, of je maakt een afspraak. Kijk op de pagina over Xenia.',
'PUBLISHED', 1, NULL, DATE '2026-11-22', CURRENT_TIMESTAMP, 'demo'
WHERE NOT EXISTS (SELECT 1 FROM info_translation WHERE page_id = 6 AND language = 'nl')
AND EXISTS (SELECT 1 FROM info_page WHERE id = 6 AND slug = 'stopping');
INSERT INTO info_translation (id, page_id, language, title, body, status, version, source_version, last_checked, updated_at, updated_by)
SELECT NEXTVAL('info_translation_seq'), 6, 'en', 'Stopping or doing something else', 'Do you want to stop sex work, or work less? Or are you not sure? That is completely up to you. You decide, at your own pace.

## How Xenia can help

Xenia can think along with you about:

- other work
- money and income
- housing
- debts
- courses

## No pressure

You do not have to do anything. You can first just talk and decide later. Or not decide anything at all. Do you want to keep working? Then Xenia is there for you too.

## Talking to Xenia

Talking to Xenia is free. You do not have to give your name. You can come by during walk-in hours, or you can make an appointment. See the page about Xenia.',
'PUBLISHED', 1, 1, DATE '2026-11-22', CURRENT_TIMESTAMP, 'demo'
WHERE NOT EXISTS (SELECT 1 FROM info_translation WHERE page_id = 6 AND language = 'en')
AND EXISTS (SELECT 1 FROM info_page WHERE id = 6 AND slug = 'stopping');

-- Page 7 (violence).
INSERT INTO info_translation (id, page_id, language, title, body, status, version, source_version, last_checked, updated_at, updated_by)
SELECT NEXTVAL('info_translation_seq'), 7, 'nl', 'Geweld, dwang en uitbuiting', 'Niemand mag je dwingen. Niet tot sekswerk, en niet tot dingen die je niet wilt. Niemand mag je geld of je papieren afpakken.

## Jij hebt rechten

Je hebt rechten, ook als je geen papieren hebt. Word je bedreigd, geslagen of gedwongen? Moet je je geld afgeven? Dat is niet jouw schuld.

## Praten in vertrouwen

Je kunt in vertrouwen praten met Xenia en met Fier (hulp bij geweld en uitbuiting). Zij luisteren en denken met je mee. Jij bepaalt wat er gebeurt.

## Melden

Aangifte doen bij de politie is jouw keuze.

- Politie, geen spoed: [0900‑8844](tel:09008844)
- Anoniem melden: Meld Misdaad Anoniem, [0800‑7000](tel:08007000). Je hoeft je naam niet te zeggen.

## Nu in gevaar?

Bel [112](tel:112).',
'PUBLISHED', 1, NULL, DATE '2026-11-22', CURRENT_TIMESTAMP, 'demo'
WHERE NOT EXISTS (SELECT 1 FROM info_translation WHERE page_id = 7 AND language = 'nl')
AND EXISTS (SELECT 1 FROM info_page WHERE id = 7 AND slug = 'violence');
INSERT INTO info_translation (id, page_id, language, title, body, status, version, source_version, last_checked, updated_at, updated_by)
SELECT NEXTVAL('info_translation_seq'), 7, 'en', 'Violence, force and exploitation', 'Nobody may force you. Not into sex work, and not into things you do not want. Nobody may take your money or your papers.

## You have rights

You have rights, also if you have no papers. Are you threatened, hit or forced? Do you have to hand over your money? That is not your fault.

## Talking in confidence

You can talk to Xenia and to Fier (help with violence and exploitation) in confidence. They listen and think along with you. You decide what happens.

## Reporting

Reporting to the police is your choice.

- Police, no emergency: [0900‑8844](tel:09008844)
- Report anonymously: Meld Misdaad Anoniem (Report Crime Anonymously), [0800‑7000](tel:08007000). You do not have to give your name.

## In danger now?

Call [112](tel:112).',
'PUBLISHED', 1, 1, DATE '2026-11-22', CURRENT_TIMESTAMP, 'demo'
WHERE NOT EXISTS (SELECT 1 FROM info_translation WHERE page_id = 7 AND language = 'en')
AND EXISTS (SELECT 1 FROM info_page WHERE id = 7 AND slug = 'violence');
INSERT INTO info_translation (id, page_id, language, title, body, status, version, source_version, last_checked, updated_at, updated_by)
SELECT NEXTVAL('info_translation_seq'), 7, 'ro', 'Violență, constrângere și exploatare', 'Nimeni nu are voie să te oblige. Nici să faci muncă sexuală, nici să faci lucruri pe care nu le vrei. Nimeni nu are voie să-ți ia banii sau actele.

## Ai drepturi

Ai drepturi, chiar dacă nu ai acte. Te amenință cineva, te lovește sau te obligă? Trebuie să dai banii altcuiva? Nu este vina ta.

## Poți vorbi în încredere

Poți vorbi în încredere cu Xenia și cu Fier (ajutor în caz de violență și exploatare). Ei te ascultă și se gândesc împreună cu tine ce poți face. Tu decizi ce se întâmplă.

## Plângere la poliție

Dacă faci plângere la poliție, alegi tu.

- Poliția, fără urgență: [0900‑8844](tel:09008844)
- Raportare anonimă: Meld Misdaad Anoniem, [0800‑7000](tel:08007000). Nu trebuie să-ți spui numele.

## Ești în pericol acum?

Sună la [112](tel:112).',
'PUBLISHED', 1, 1, DATE '2026-11-22', CURRENT_TIMESTAMP, 'demo'
WHERE NOT EXISTS (SELECT 1 FROM info_translation WHERE page_id = 7 AND language = 'ro')
AND EXISTS (SELECT 1 FROM info_page WHERE id = 7 AND slug = 'violence');
INSERT INTO info_translation (id, page_id, language, title, body, status, version, source_version, last_checked, updated_at, updated_by)
SELECT NEXTVAL('info_translation_seq'), 7, 'bg', 'Насилие, принуда и експлоатация', 'Никой няма право да те принуждава. Нито да правиш секс работа, нито да правиш неща, които не искаш. Никой няма право да ти взема парите или документите.

## Имаш права

Имаш права, дори ако нямаш документи. Заплашват ли те, бият ли те, принуждават ли те? Трябва ли да даваш парите си на някого? Това не е твоя вина.

## Можеш да говориш поверително

Можеш да говориш поверително с Xenia и с Fier (помощ при насилие и експлоатация). Те ще те изслушат и ще помислят заедно с теб. Ти решаваш какво ще стане.

## Подаване на сигнал

Дали ще подадеш жалба в полицията, решаваш ти.

- Полиция, не е спешно: [0900‑8844](tel:09008844)
- Анонимен сигнал: Meld Misdaad Anoniem, [0800‑7000](tel:08007000). Не е нужно да казваш името си.

## В опасност ли си сега?

Обади се на [112](tel:112).',
'PUBLISHED', 1, 1, DATE '2026-11-22', CURRENT_TIMESTAMP, 'demo'
WHERE NOT EXISTS (SELECT 1 FROM info_translation WHERE page_id = 7 AND language = 'bg')
AND EXISTS (SELECT 1 FROM info_page WHERE id = 7 AND slug = 'violence');
INSERT INTO info_translation (id, page_id, language, title, body, status, version, source_version, last_checked, updated_at, updated_by)
SELECT NEXTVAL('info_translation_seq'), 7, 'es', 'Violencia, coacción y explotación', 'Nadie puede obligarte. Ni a hacer trabajo sexual, ni a hacer cosas que no quieres. Nadie puede quitarte tu dinero ni tus documentos.

## Tienes derechos

Tienes derechos, también si no tienes papeles. ¿Te amenazan, te pegan o te obligan? ¿Tienes que entregar tu dinero? No es culpa tuya.

## Hablar con confianza

Puedes hablar en confianza con Xenia y con Fier (ayuda en casos de violencia y explotación). Te escuchan y piensan contigo qué hacer. Tú decides qué pasa.

## Denunciar

Poner una denuncia en la policía es tu decisión.

- Policía, sin urgencia: [0900‑8844](tel:09008844)
- Aviso anónimo: Meld Misdaad Anoniem, [0800‑7000](tel:08007000). No tienes que dar tu nombre.

## ¿Estás en peligro ahora?

Llama al [112](tel:112).',
'PUBLISHED', 1, 1, DATE '2026-11-22', CURRENT_TIMESTAMP, 'demo'
WHERE NOT EXISTS (SELECT 1 FROM info_translation WHERE page_id = 7 AND language = 'es')
AND EXISTS (SELECT 1 FROM info_page WHERE id = 7 AND slug = 'violence');

-- Page 8 (emergency).
INSERT INTO info_translation (id, page_id, language, title, body, status, version, source_version, last_checked, updated_at, updated_by)
SELECT NEXTVAL('info_translation_seq'), 8, 'nl', 'Hulp bij nood', '## Nu in gevaar

Bel [112](tel:112). Voor politie, ambulance of brandweer, als er nu gevaar is. Bellen naar 112 is gratis.

Zeg welke hulp je nodig hebt, waar je bent en wat er gebeurt. Spreek je geen Nederlands? Probeer het in het Engels.

## Politie, geen spoed

Bel [0900‑8844](tel:09008844). Bijvoorbeeld als je iets wilt vertellen of vragen, en er is nu geen gevaar.

## Anoniem iets melden

Bel Meld Misdaad Anoniem: [0800‑7000](tel:08007000). Je hoeft je naam niet te zeggen.

## Praten met Xenia

Wil je praten over wat er is gebeurd? Dat kan bij Xenia, in vertrouwen. Jij bepaalt wat je vertelt.

Je kunt Xenia ook [een vraag stellen op deze site](/nl/ask), zonder je naam.',
'PUBLISHED', 1, NULL, DATE '2026-11-22', CURRENT_TIMESTAMP, 'demo'
WHERE NOT EXISTS (SELECT 1 FROM info_translation WHERE page_id = 8 AND language = 'nl')
AND EXISTS (SELECT 1 FROM info_page WHERE id = 8 AND slug = 'emergency');
INSERT INTO info_translation (id, page_id, language, title, body, status, version, source_version, last_checked, updated_at, updated_by)
SELECT NEXTVAL('info_translation_seq'), 8, 'en', 'Emergency help', '## In danger now

Call [112](tel:112). For police, ambulance or fire brigade, when there is danger now. Calling 112 is free.

Say what help you need, where you are and what is happening. You do not speak Dutch? Try English.

## Police, no emergency

Call [0900‑8844](tel:09008844). For example if you want to tell or ask something, and there is no danger now.

## Report something anonymously

Call Meld Misdaad Anoniem (Report Crime Anonymously): [0800‑7000](tel:08007000). You do not have to give your name.

## Talking to Xenia

Do you want to talk about what happened? You can do this at Xenia, in confidence. You decide what you tell.

You can also [ask Xenia a question on this site](/en/ask), without your name.',
'PUBLISHED', 1, 1, DATE '2026-11-22', CURRENT_TIMESTAMP, 'demo'
WHERE NOT EXISTS (SELECT 1 FROM info_translation WHERE page_id = 8 AND language = 'en')
AND EXISTS (SELECT 1 FROM info_page WHERE id = 8 AND slug = 'emergency');
INSERT INTO info_translation (id, page_id, language, title, body, status, version, source_version, last_checked, updated_at, updated_by)
SELECT NEXTVAL('info_translation_seq'), 8, 'ro', 'Ajutor de urgență', '## În pericol acum

Sună la [112](tel:112). Pentru poliție, ambulanță sau pompieri, când există un pericol acum. Apelul la 112 este gratuit.

Spune ce ajutor îți trebuie, unde ești și ce se întâmplă. Nu vorbești olandeză? Încearcă în engleză.

## Poliția, fără urgență

Sună la [0900‑8844](tel:09008844). De exemplu, dacă vrei să spui sau să întrebi ceva și nu există un pericol acum.

## Raportare anonimă

Sună la Meld Misdaad Anoniem: [0800‑7000](tel:08007000). Nu trebuie să-ți spui numele.

## Vorbește cu Xenia

Vrei să vorbești despre ce s-a întâmplat? Poți vorbi cu Xenia, în încredere. Tu decizi ce spui.

Poți să [pui o întrebare la Xenia pe acest site](/ro/ask), fără să spui cine ești.',
'PUBLISHED', 1, 1, DATE '2026-11-22', CURRENT_TIMESTAMP, 'demo'
WHERE NOT EXISTS (SELECT 1 FROM info_translation WHERE page_id = 8 AND language = 'ro')
AND EXISTS (SELECT 1 FROM info_page WHERE id = 8 AND slug = 'emergency');
INSERT INTO info_translation (id, page_id, language, title, body, status, version, source_version, last_checked, updated_at, updated_by)
SELECT NEXTVAL('info_translation_seq'), 8, 'bg', 'Спешна помощ', '## В опасност сега

Обади се на [112](tel:112). За полиция, линейка или пожарна, когато има опасност сега. Обаждането на 112 е безплатно.

Кажи каква помощ ти трябва, къде си и какво се случва. Не говориш нидерландски? Опитай на английски.

## Полиция, не е спешно

Обади се на [0900‑8844](tel:09008844). Например ако искаш да кажеш или да попиташ нещо и сега няма опасност.

## Анонимен сигнал

Обади се на Meld Misdaad Anoniem: [0800‑7000](tel:08007000). Не е нужно да казваш името си.

## Говори с Xenia

Искаш ли да говориш за това, което се е случило? Можеш да го направиш в Xenia, поверително. Ти решаваш какво да разкажеш.

Можеш да [зададеш въпрос на Xenia на този сайт](/bg/ask), без да казваш името си.',
'PUBLISHED', 1, 1, DATE '2026-11-22', CURRENT_TIMESTAMP, 'demo'
WHERE NOT EXISTS (SELECT 1 FROM info_translation WHERE page_id = 8 AND language = 'bg')
AND EXISTS (SELECT 1 FROM info_page WHERE id = 8 AND slug = 'emergency');
INSERT INTO info_translation (id, page_id, language, title, body, status, version, source_version, last_checked, updated_at, updated_by)
SELECT NEXTVAL('info_translation_seq'), 8, 'es', 'Ayuda urgente', '## En peligro ahora

Llama al [112](tel:112). Para policía, ambulancia o bomberos, cuando hay peligro ahora. Llamar al 112 es gratis.

Di qué ayuda necesitas, dónde estás y qué está pasando. ¿No hablas neerlandés? Prueba en inglés.

## Policía, sin urgencia

Llama al [0900‑8844](tel:09008844). Por ejemplo, si quieres contar o preguntar algo y ahora no hay peligro.

## Avisar de forma anónima

Llama a Meld Misdaad Anoniem: [0800‑7000](tel:08007000). No tienes que dar tu nombre.

## Hablar con Xenia

¿Quieres hablar de lo que pasó? Puedes hacerlo en Xenia, en confianza. Tú decides qué cuentas.

También puedes [hacer una pregunta a Xenia en esta web](/es/ask), sin dar tu nombre.',
'PUBLISHED', 1, 1, DATE '2026-11-22', CURRENT_TIMESTAMP, 'demo'
WHERE NOT EXISTS (SELECT 1 FROM info_translation WHERE page_id = 8 AND language = 'es')
AND EXISTS (SELECT 1 FROM info_page WHERE id = 8 AND slug = 'emergency');

-- Page 21 (sti-testing).
INSERT INTO info_translation (id, page_id, language, title, body, status, version, source_version, last_checked, updated_at, updated_by)
SELECT NEXTVAL('info_translation_seq'), 21, 'nl', 'Soa-test', 'Een soa is een infectie die je via seks kunt krijgen. Veel soa''s merk je niet. Een test laat zien of je een soa hebt.

## Gratis en anoniem

Als sekswerker kun je bij de GGD (de openbare gezondheidsdienst) een **gratis** soa-test doen. Je hoeft je echte naam niet te geven.

## Hoe gaat een soa-test meestal?

1. Je hebt een kort gesprek met een verpleegkundige of arts. Je kunt ook zelf vragen stellen.
2. Er wordt iets afgenomen voor de test. Bijvoorbeeld urine, een wattenstokje of een beetje bloed. Een wattenstokje kun je vaak zelf doen.
3. Later krijg je de uitslag. Heb je een soa? Dan hoor je wat de volgende stap is.

## Tussendoor

Condooms en glijmiddel beschermen tegen de meeste soa''s.

Vragen over de test? Je kunt ze stellen bij Xenia of bij de GGD.',
'PUBLISHED', 1, NULL, DATE '2026-11-22', CURRENT_TIMESTAMP, 'demo'
WHERE NOT EXISTS (SELECT 1 FROM info_translation WHERE page_id = 21 AND language = 'nl')
AND EXISTS (SELECT 1 FROM info_page WHERE id = 21 AND slug = 'sti-testing');
INSERT INTO info_translation (id, page_id, language, title, body, status, version, source_version, last_checked, updated_at, updated_by)
SELECT NEXTVAL('info_translation_seq'), 21, 'en', 'STI test', 'An STI is an infection you can get through sex. You do not notice many STIs. A test shows if you have an STI.

## Free and anonymous

As a sex worker, you can get an STI test at the GGD (public health service) **for free**. You do not have to give your real name.

## How does an STI test usually go?

1. You have a short talk with a nurse or doctor. You can ask your own questions too.
2. Something is taken for the test. For example urine, a swab or a little blood. You can often do a swab yourself.
3. Later you get the result. Do you have an STI? Then you hear what the next step is.

## In between

Condoms and lube protect against most STIs.

Questions about the test? You can ask them at Xenia or at the GGD.',
'PUBLISHED', 1, 1, DATE '2026-11-22', CURRENT_TIMESTAMP, 'demo'
WHERE NOT EXISTS (SELECT 1 FROM info_translation WHERE page_id = 21 AND language = 'en')
AND EXISTS (SELECT 1 FROM info_page WHERE id = 21 AND slug = 'sti-testing');

-- Page 22 (prep).
INSERT INTO info_translation (id, page_id, language, title, body, status, version, source_version, last_checked, updated_at, updated_by)
SELECT NEXTVAL('info_translation_seq'), 22, 'nl', 'PrEP', 'PrEP is een pil die beschermt tegen hiv. Hiv is een virus dat je via seks kunt krijgen.

## Waar krijg je PrEP?

Je kunt PrEP krijgen via de GGD (de openbare gezondheidsdienst). Daar hoor je ook hoe je de pil gebruikt en welke controles je nodig hebt. PrEP werkt alleen goed als je de pil gebruikt zoals je met de GGD afspreekt.

## Goed om te weten

- PrEP beschermt tegen hiv. Niet tegen andere soa''s.
- Condooms en glijmiddel beschermen tegen de meeste soa''s. Met PrEP én condooms ben je dus beter beschermd.
- Als sekswerker kun je bij de GGD gratis en anoniem een soa-test doen.

Twijfel je of PrEP iets voor jou is? Praat erover met de GGD of met Xenia. Jij beslist.',
'PUBLISHED', 1, NULL, DATE '2026-11-22', CURRENT_TIMESTAMP, 'demo'
WHERE NOT EXISTS (SELECT 1 FROM info_translation WHERE page_id = 22 AND language = 'nl')
AND EXISTS (SELECT 1 FROM info_page WHERE id = 22 AND slug = 'prep');
INSERT INTO info_translation (id, page_id, language, title, body, status, version, source_version, last_checked, updated_at, updated_by)
SELECT NEXTVAL('info_translation_seq'), 22, 'en', 'PrEP', 'PrEP is a pill that protects against HIV. HIV is a virus you can get through sex.

## Where do you get PrEP?

You can get PrEP through the GGD (public health service). There you also hear how to take the pill and which check-ups you need. PrEP only works well if you take the pill the way you agree with the GGD.

## Good to know

- PrEP protects against HIV. Not against other STIs.
- Condoms and lube protect against most STIs. So with PrEP and condoms you are better protected.
- As a sex worker, you can get an STI test at the GGD for free and anonymously.

Not sure if PrEP is for you? Talk about it with the GGD or with Xenia. You decide.',
'PUBLISHED', 1, 1, DATE '2026-11-22', CURRENT_TIMESTAMP, 'demo'
WHERE NOT EXISTS (SELECT 1 FROM info_translation WHERE page_id = 22 AND language = 'en')
AND EXISTS (SELECT 1 FROM info_page WHERE id = 22 AND slug = 'prep');

-- Issue 12: the lines above once asked readers to "fill in" Xenia's details and named partners without
-- saying who they are. Demo texts that staff have not edited since (still updated_by = 'demo') get the
-- same corrections; a text staff changed is never touched.
UPDATE info_translation SET body = REPLACE(body, '- **Voorbeeld** – adres: vul hier het adres in
- **Voorbeeld** – inloopspreekuur: vul hier de dagen en tijden in
- **Voorbeeld** – spreekuur op afspraak: vul hier de dagen en tijden in
- **Voorbeeld** – telefoon: vul hier het nummer in
- **Voorbeeld** – e-mail: vul hier het adres in', 'Het adres, de tijden en het telefoonnummer van Xenia staan hier binnenkort. Tot dan kun je [een vraag stellen op deze site](/nl/ask), zonder je naam.') WHERE page_id = 1 AND language = 'nl' AND updated_by = 'demo';
UPDATE info_translation SET body = REPLACE(body, '- **Example** – address: fill in the address here
- **Example** – walk-in hours: fill in the days and times here
- **Example** – consultation hours (by appointment): fill in the days and times here
- **Example** – phone: fill in the number here
- **Example** – e-mail: fill in the address here', 'The address, hours and phone number of Xenia will be here soon. Until then you can [ask a question on this site](/en/ask), without your name.') WHERE page_id = 1 AND language = 'en' AND updated_by = 'demo';
UPDATE info_translation SET body = REPLACE(body, '- **Exemplu** – adresa: completați aici adresa
- **Exemplu** – ore de primire fără programare: completați aici zilele și orele
- **Exemplu** – consultații cu programare: completați aici zilele și orele
- **Exemplu** – telefon: completați aici numărul
- **Exemplu** – e-mail: completați aici adresa', 'Adresa, orele și telefonul Xenia vor fi aici în curând. Până atunci poți [pune o întrebare pe acest site](/ro/ask), fără să spui cine ești.') WHERE page_id = 1 AND language = 'ro' AND updated_by = 'demo';
UPDATE info_translation SET body = REPLACE(body, '- **Пример** – адрес: попълнете адреса тук
- **Пример** – часове за свободно посещение: попълнете дните и часовете тук
- **Пример** – консултации със записан час: попълнете дните и часовете тук
- **Пример** – телефон: попълнете номера тук
- **Пример** – имейл: попълнете адреса тук', 'Адресът, часовете и телефонът на Xenia ще бъдат тук скоро. Дотогава можеш да [зададеш въпрос на този сайт](/bg/ask), без да казваш името си.') WHERE page_id = 1 AND language = 'bg' AND updated_by = 'demo';
UPDATE info_translation SET body = REPLACE(body, '- **Ejemplo** – dirección: completar aquí la dirección
- **Ejemplo** – horario sin cita: completar aquí los días y las horas
- **Ejemplo** – consultas con cita: completar aquí los días y las horas
- **Ejemplo** – teléfono: completar aquí el número
- **Ejemplo** – correo electrónico: completar aquí la dirección', 'La dirección, el horario y el teléfono de Xenia estarán aquí pronto. Mientras tanto puedes [hacer una pregunta en esta web](/es/ask), sin dar tu nombre.') WHERE page_id = 1 AND language = 'es' AND updated_by = 'demo';
UPDATE info_translation SET body = REPLACE(body, 'Fier, de GGD en het Leger des Heils werken samen in Xenia.', 'Fier (hulp bij geweld en uitbuiting), de GGD (de openbare gezondheidsdienst) en het Leger des Heils werken samen in Xenia.') WHERE page_id = 1 AND language = 'nl' AND updated_by = 'demo';
UPDATE info_translation SET body = REPLACE(body, 'Fier, the GGD (public health service)', 'Fier (help with violence and exploitation), the GGD (public health service)') WHERE page_id = 1 AND language = 'en' AND updated_by = 'demo';
UPDATE info_translation SET body = REPLACE(body, 'Fier, GGD (serviciul public de sănătate)', 'Fier (ajutor în caz de violență și exploatare), GGD (serviciul public de sănătate)') WHERE page_id = 1 AND language = 'ro' AND updated_by = 'demo';
UPDATE info_translation SET body = REPLACE(body, 'Fier, GGD (обществената здравна служба)', 'Fier (помощ при насилие и експлоатация), GGD (обществената здравна служба)') WHERE page_id = 1 AND language = 'bg' AND updated_by = 'demo';
UPDATE info_translation SET body = REPLACE(body, 'Lo llevan juntos Fier, la GGD', 'Lo llevan juntos Fier (ayuda en casos de violencia y explotación), la GGD') WHERE page_id = 1 AND language = 'es' AND updated_by = 'demo';
UPDATE info_translation SET body = REPLACE(body, '- **Voorbeeld** – telefoon Xenia: vul hier het nummer in', 'Je kunt Xenia ook [een vraag stellen op deze site](/nl/ask), zonder je naam.') WHERE page_id = 8 AND language = 'nl' AND updated_by = 'demo';
UPDATE info_translation SET body = REPLACE(body, '- **Example** – Xenia phone: fill in the number here', 'You can also [ask Xenia a question on this site](/en/ask), without your name.') WHERE page_id = 8 AND language = 'en' AND updated_by = 'demo';
UPDATE info_translation SET body = REPLACE(body, '- **Exemplu** – telefon Xenia: completați aici numărul', 'Poți să [pui o întrebare la Xenia pe acest site](/ro/ask), fără să spui cine ești.') WHERE page_id = 8 AND language = 'ro' AND updated_by = 'demo';
UPDATE info_translation SET body = REPLACE(body, '- **Пример** – телефон на Xenia: попълнете номера тук', 'Можеш да [зададеш въпрос на Xenia на този сайт](/bg/ask), без да казваш името си.') WHERE page_id = 8 AND language = 'bg' AND updated_by = 'demo';
UPDATE info_translation SET body = REPLACE(body, '- **Ejemplo** – teléfono de Xenia: completar aquí el número', 'También puedes [hacer una pregunta a Xenia en esta web](/es/ask), sin dar tu nombre.') WHERE page_id = 8 AND language = 'es' AND updated_by = 'demo';
UPDATE info_translation SET body = REPLACE(body, 'De GGD kan je daarbij helpen.', 'De GGD (de openbare gezondheidsdienst) kan je daarbij helpen.') WHERE page_id = 2 AND language = 'nl' AND updated_by = 'demo';
UPDATE info_translation SET body = REPLACE(body, 'bij de GGD een **gratis** soa-test', 'bij de GGD (de openbare gezondheidsdienst) een **gratis** soa-test') WHERE page_id = 21 AND language = 'nl' AND updated_by = 'demo';
UPDATE info_translation SET body = REPLACE(body, 'at the GGD **for free**', 'at the GGD (public health service) **for free**') WHERE page_id = 21 AND language = 'en' AND updated_by = 'demo';
UPDATE info_translation SET body = REPLACE(body, 'via de GGD. Daar', 'via de GGD (de openbare gezondheidsdienst). Daar') WHERE page_id = 22 AND language = 'nl' AND updated_by = 'demo';
UPDATE info_translation SET body = REPLACE(body, 'through the GGD. There', 'through the GGD (public health service). There') WHERE page_id = 22 AND language = 'en' AND updated_by = 'demo';
UPDATE info_translation SET body = REPLACE(body, 'met Xenia en met Fier.', 'met Xenia en met Fier (hulp bij geweld en uitbuiting).') WHERE page_id = 7 AND language = 'nl' AND updated_by = 'demo';
UPDATE info_translation SET body = REPLACE(body, 'to Xenia and to Fier in confidence.', 'to Xenia and to Fier (help with violence and exploitation) in confidence.') WHERE page_id = 7 AND language = 'en' AND updated_by = 'demo';
UPDATE info_translation SET body = REPLACE(body, 'cu Xenia și cu Fier.', 'cu Xenia și cu Fier (ajutor în caz de violență și exploatare).') WHERE page_id = 7 AND language = 'ro' AND updated_by = 'demo';
UPDATE info_translation SET body = REPLACE(body, 'с Xenia и с Fier.', 'с Xenia и с Fier (помощ при насилие и експлоатация).') WHERE page_id = 7 AND language = 'bg' AND updated_by = 'demo';
UPDATE info_translation SET body = REPLACE(body, 'con Xenia y con Fier.', 'con Xenia y con Fier (ayuda en casos de violencia y explotación).') WHERE page_id = 7 AND language = 'es' AND updated_by = 'demo';

-- Municipalities: Heerenveen (6) and Leeuwarden (7) become examples, but only while staff have
-- not touched them (no licensing desk, never edited); their notes only while they are examples.
UPDATE municipality SET example = TRUE WHERE id IN (6, 7) AND example = FALSE AND licensing_desk IS NULL AND updated_by IS NULL;
INSERT INTO municipality_note (municipality_id, language, note) SELECT 6, 'en', 'Example: here Xenia staff write what applies in this municipality. For example, where the licensing desk is and how making an appointment there works.'
WHERE NOT EXISTS (SELECT 1 FROM municipality_note WHERE municipality_id = 6 AND language = 'en')
AND EXISTS (SELECT 1 FROM municipality WHERE id = 6 AND example = TRUE AND licensing_desk IS NULL AND updated_by IS NULL);
INSERT INTO municipality_note (municipality_id, language, note) SELECT 6, 'nl', 'Voorbeeld: hier schrijven de medewerkers van Xenia wat er in deze gemeente geldt. Bijvoorbeeld waar het loket voor vergunningen is en hoe je daar een afspraak maakt.'
WHERE NOT EXISTS (SELECT 1 FROM municipality_note WHERE municipality_id = 6 AND language = 'nl')
AND EXISTS (SELECT 1 FROM municipality WHERE id = 6 AND example = TRUE AND licensing_desk IS NULL AND updated_by IS NULL);
INSERT INTO municipality_note (municipality_id, language, note) SELECT 7, 'en', 'Example: here Xenia staff write what applies in this municipality. For example, where the licensing desk is and how making an appointment there works.'
WHERE NOT EXISTS (SELECT 1 FROM municipality_note WHERE municipality_id = 7 AND language = 'en')
AND EXISTS (SELECT 1 FROM municipality WHERE id = 7 AND example = TRUE AND licensing_desk IS NULL AND updated_by IS NULL);
INSERT INTO municipality_note (municipality_id, language, note) SELECT 7, 'nl', 'Voorbeeld: hier schrijven de medewerkers van Xenia wat er in deze gemeente geldt. Bijvoorbeeld waar het loket voor vergunningen is en hoe je daar een afspraak maakt.'
WHERE NOT EXISTS (SELECT 1 FROM municipality_note WHERE municipality_id = 7 AND language = 'nl')
AND EXISTS (SELECT 1 FROM municipality WHERE id = 7 AND example = TRUE AND licensing_desk IS NULL AND updated_by IS NULL);
UPDATE info_translation SET body = REPLACE(REPLACE(body, 'Sesizare anonimă', 'Raportare anonimă'), '## Sesizare
', '## Plângere la poliție
') WHERE language = 'ro' AND updated_by = 'demo';
-- Phone numbers shown as text join their parts with a non-breaking hyphen (U+2011), so a phone never
-- breaks them in two; demo texts already stored with a plain hyphen are updated where staff have not edited them.
UPDATE info_translation SET body = REPLACE(body, '[0900-8844]', '[0900‑8844]') WHERE updated_by = 'demo';
UPDATE info_translation SET body = REPLACE(body, '[0800-7000]', '[0800‑7000]') WHERE updated_by = 'demo';
