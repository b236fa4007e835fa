import type { ContentPack } from '@/utils/content/types';

export const nl: ContentPack = {
  situations: {
    stuck: 'Loopt vast',
    tooAmbitious: 'Te ambitieus',
    impossible: 'Lijkt onmogelijk',
    blamesOthers: 'Wijst naar anderen',
    quiet: 'Stil',
    frustrated: 'Gefrustreerd',
    noGoals: 'Geen duidelijke doelen',
    unclearProblem: 'Vaag probleem',
    ownership: 'Neemt geen eigenaarschap',
    closing: 'Afronden',
  },
  questions: {
    'think-and-return': 'Fijn dat je dit met me deelt. Mag ik er even over nadenken en erop terugkomen?',
    'offer-help': 'Mag ik je hierbij helpen?',
    willingness: 'Hoe bereid ben je om te doen wat nodig is om dit te veranderen?',
    control: 'Hoeveel invloed heb je zelf op deze situatie?',
    'problem-evidence': 'Hoe weet je dat dit echt een probleem is? Waar merk je het aan?',
    'friend-advice': 'Wat zou je zeggen tegen een vriend met dezelfde uitdaging?',
    'alternative-view': 'Hoe zou je hier ook anders naar kunnen kijken?',
    'plan-b': 'Wat doe je als je dit doel niet haalt?',
    urgency: 'Wil je dit nu oplossen? Meteen, of nog deze maand?',
    'wise-advice': 'Welk advies zou de wijste persoon die je kent je hier geven?',
    'already-tried': 'Wat heb je al geprobeerd om dit op te lossen?',
    takeaway: 'Mijn belangrijkste inzicht van vandaag is … Wat is dat van jou?',
    'their-topics': 'Wat houdt je deze week bezig, en waar wil je het in elk geval over hebben?',
    'energy-check': 'Hoe staat het met je werkdruk en je energie, op een schaal van 1 tot 10?',
    recognition: 'Wat is er sinds ons vorige gesprek goed gegaan waar je trots op bent?',
    'tell-me-more': 'Vertel eens meer. En verder?',
    'what-do-you-think': 'Wat denk jij er zelf van?',
    'what-would-it-look-like': 'Hoe ziet dat eruit als het lukt?',
    'sbi-feedback': 'Bij [situatie] zag ik [gedrag], en het effect was [impact]. Hoe komt dat bij je binnen?',
    'will-and-commitment': 'Wat ga je doen, en wanneer? Hoe gemotiveerd ben je, op een schaal van 1 tot 10?',
    'upward-feedback': 'Wat kan ik anders doen om je beter te steunen? Was ik ergens te streng of juist te mild?',
    'about-this-one-on-one': 'Hoe nuttig was deze 1:1 voor je, en wat doen we de volgende keer anders?',
    'salary-why-now': 'Wat is voor jou de aanleiding om het juist nu over je salaris te hebben?',
    'salary-process-questions': 'Wat wil je weten over hoe salarissen hier worden bepaald?',
    'salary-contribution-criteria': 'Hoe zie je je eigen bijdrage, afgezet tegen de criteria voor je functie?',
    'salary-examples': 'Welke twee of drie voorbeelden laten dat het best zien?',
    'salary-expectation': 'Wat verwacht je, en waar baseer je dat op?',
    'salary-beyond-pay': 'Wat vind je naast salaris belangrijk: groei, flexibiliteit, verantwoordelijkheid, tijd?',
    'salary-comparison': 'Welke vergelijking vind je eerlijk, en waarom?',
    'salary-decision-clear': 'Is het je duidelijk wie er beslist, op basis waarvan, en wanneer je van me hoort?',
    'salary-if-less': 'Als het antwoord tegenvalt, wat heb je dan van mij nodig?',
    'salary-other-levers': 'Waar kunnen we los van salaris nu al aan werken: verantwoordelijkheden, leren, flexibiliteit?',
    'summary-check': 'Ik vat samen wat ik heb gehoord: … Klopt dat?',
    'feedback-not-right': 'Heb ik de laatste tijd iets gedaan of gezegd dat niet lekker bij je viel?',
    'feedback-keep-doing': 'Wat moet ik vooral blijven doen?',
    'conversation-hopes': 'Wat hoop je dat dit gesprek oplevert?',
    'questions-first': 'Welke vragen heb je voordat we beginnen?',
    'feedback-first-reaction': 'Wat was je eerste reactie, en is die inmiddels veranderd?',
    'feedback-strengths': 'Wat zegt de feedback over je sterke kanten?',
    'feedback-feeling': 'Wat doet deze feedback met je?',
    'self-strengths': 'Welke sterke kanten heb je die anderen misschien niet zien?',
    'self-improve': 'Waar zou je het liefst beter in worden?',
    'feedback-ask-whom': 'Wie kan je gaandeweg feedback geven?',
    'intro-path': 'Hoe ben je hier terechtgekomen, en wat deed je hiervoor?',
    'intro-not-on-cv': 'Wat moet ik van je weten dat niet op je cv staat?',
    'intro-questions-for-me': 'Wat wil je over mij weten?',
    'style-good-day': 'Hoe ziet een goede werkdag er voor jou uit?',
    'style-communication': 'Hoe hoor je het liefst van me: via chat, mail of even bellen?',
    'style-decisions': 'Welke beslissingen wil je zelf nemen, en waarbij wil je mij betrekken?',
    'motivation-matters': 'Wat vind je het belangrijkst in je werk?',
    'motivation-future': 'Waar wil je over twee of drie jaar staan?',
    'motivation-recognition': 'Hoe wil je waardering krijgen voor goed werk?',
    'together-expectations': 'Wat verwacht je van mij als je leidinggevende?',
    'together-disagree': 'Hoe pakken we het aan als we het niet met elkaar eens zijn?',
    'together-tell-me': 'Hoe laat je het me weten als je iets aan mijn aanpak niet prettig vindt?',
    'stay-great-day': 'Denk aan een recente topdag op je werk: wat maakte die zo goed?',
    'stay-would-miss': 'Wat zou je het meest missen als je wegging?',
    'stay-recommend': 'Zou je een vriend aanraden om hier te komen werken? Waarom wel of niet?',
    'stay-more-less': 'Wat zou je meer willen doen, en wat minder?',
    'growth-support': 'Welke steun helpt je het meest om te groeien: een opleiding, een mentor, een nieuwe taak?',
    'stay-elsewhere': 'Wat zou een andere werkgever je kunnen bieden dat wij niet bieden?',
    'stay-frustration': 'Waar erger je je hier het meest aan?',
    'stay-early-signal': 'Waaraan zou ik merken dat je erover begint na te denken om weg te gaan?',
    'wellbeing-first-days': 'Hoe gingen je eerste dagen sinds je terug bent?',
    'wellbeing-how-talk': 'Hoe wil je het hierover hebben: nu, later of liever niet?',
    'wellbeing-support': 'Welke steun zou je nu helpen, op het werk of daarbuiten?',
    'wellbeing-signals': 'Waaraan merken we allebei dat het te veel wordt?',
    'changed-questions': 'Welke vragen heb je over wat er veranderd is?',
    'changed-worry': 'Is er iets aan je terugkeer waar je tegen opziet?',
    'workload-adjust': 'Wat passen we voorlopig aan: uren, taken of deadlines?',
    'workload-say-no': 'Waar mag je voorlopig nee tegen zeggen?',
    'skip-recent-win': 'Op welk werk van de laatste tijd ben je trots?',
    'skip-team-strength': 'Wat doet het team goed dat ik misschien niet zie?',
    'skip-your-manager': 'Wat doet je leidinggevende dat je helpt, en waar mag die meer van doen?',
    'skip-collab': 'Hoe gaat de samenwerking met andere teams?',
    'skip-unclear': 'Welke besluiten van hogerop zijn je niet duidelijk?',
    'skip-connect': 'Hoe draagt jouw werk bij aan waar we naartoe willen?',
    'skip-ideas': 'Welk idee zou ik moeten horen dat nog niet tot mij is doorgedrongen?',
    'conflict-safe': 'Wat heb je nodig om hier open over te kunnen praten?',
    'conflict-example': 'Kun je een concreet voorbeeld geven?',
    'conflict-need': 'Wat heb je nodig dat je nu niet krijgt?',
    'conflict-good-intent': 'Welke goede bedoeling zou [naam] gehad kunnen hebben?',
    'conflict-said': 'Wat heb je hier zelf al tegen [naam] over gezegd?',
    'conflict-first-step': 'Welke kleine stap kun je deze week zetten?',
    'actions-helped': 'Wat heeft je geholpen om ze af te ronden?',
    'actions-still-matter': 'Is wat nog openstaat nog belangrijk, of laten we het vallen?',
    'conflict-if-again': 'Wat doe je als het opnieuw gebeurt?',
    'remove-blocker': 'Wat zit je in de weg dat ik voor je kan weghalen?',
    'one-thing': 'Als je deze week maar één ding kon afmaken, welk zou dat zijn?',
    'drop-or-postpone': 'Wat kunnen we laten vallen of uitstellen?',
    'decision-needed': 'Waarvoor heb je een beslissing van mij nodig?',
    'stay-check-back': 'Met welk punt gaan we na vandaag aan de slag, en op welke datum kijken we samen hoe het gaat?',
  },
  tips: {
    'success-story': {
      title: 'Vertel het succesverhaal',
      prompts: ['Stel je voor dat je over drie maanden aan het team vertelt hoe je dit hebt gehaald. Hoe klinkt dat verhaal?'],
      why: 'Een verhaal maakt een doel tastbaar en geeft het gevoel, en dat houdt mensen gaande als het lastig wordt.',
      when: 'Als een doel er staat maar nog abstract voelt of weinig energie geeft.',
    },
    'frustration-to-goals': {
      title: 'Maak van frustratie een doel',
      prompts: ['Wat stoort je het meest aan je werk op dit moment?', 'Wat zou je werkdag een stuk makkelijker maken?'],
      why: 'Ergernissen wijzen precies aan wat het verbeteren waard is; elk ervan kan een doel worden.',
      when: 'Als iemand nog geen duidelijke eigen doelen heeft.',
    },
    'personal-benefit': {
      title: 'Maak het persoonlijk',
      prompts: ['Wat levert het jou persoonlijk op als je dit doel haalt?'],
      why: 'Erkenning, minder stress of een nieuwe vaardigheid: persoonlijk voordeel maakt van een teamdoel een eigen doel.',
      when: 'Als een doel wel van het team is, maar nog niet van de persoon.',
    },
    'minimum-goal': {
      title: 'Spreek een minimum af, niet alleen de ambitie',
      prompts: ['Wat is het absolute minimum dat we hoe dan ook moeten halen?'],
      why: 'Een ondergrens naast het ambitieuze doel geeft focus en voorkomt frustratie als het grote doel niet lukt.',
      when: 'Alleen als de ervaring leert dat de doelen van deze persoon vaak niet gehaald worden.',
    },
    'scale-1-10': {
      title: 'Een schaal in plaats van ja of nee',
      prompts: ['Op een schaal van 1 tot 10, hoe dicht ben je bij je doel?', 'Wat moet er gebeuren om één niveau hoger te komen?'],
      why: 'Een cijfer maakt voortgang tastbaar, laat kleine successen zien die anders onopgemerkt blijven en drukt niemand in een hoek van gehaald of niet gehaald.',
      when: 'Bij doelen zonder duidelijk meetbare key results.',
    },
    'pre-mortem': {
      title: 'Pre-mortem',
      prompts: ['Stel dat het kwartaal voorbij is en je hebt deze OKR niet gehaald. Waarom is dat gebeurd?'],
      why: 'Terugkijken vanuit een bedacht mislukken brengt obstakels vroeg aan het licht, nu je ze nog kunt voorkomen.',
      when: 'Direct nadat de doelen zijn vastgesteld.',
    },
  },
  statements: {
    'pd-fast-progress': 'Mijn werk schiet meestal snel op, ook als ik feedback van anderen nodig heb.',
    'pd-address-behaviour': 'Als ik gedrag zie dat niet ideaal is, weet ik hoe ik dat constructief bij collega’s aankaart.',
    'pd-get-feedback': 'Ik krijg opbouwende feedback op zowel mijn werk als mijn persoonlijke ontwikkeling.',
    'pd-career-path': 'Ik zie binnen het bedrijf een aantrekkelijk loopbaanpad voor mezelf.',
    'pd-use-strengths': 'De afgelopen weken kon ik mijn sterke punten vaak inzetten in mijn werk.',
    'lq-satisfied': 'Ik ben echt tevreden over mijn teamleider.',
    'lq-zooms-out': 'Mijn teamleider zoomt regelmatig uit om de grotere teamdoelen, strategie en visie uit te leggen.',
    'lq-constructive-questions': 'Mijn teamleider stelt dingen op een constructieve manier ter discussie.',
    'lq-sets-example': 'Mijn teamleider geeft zelf het goede voorbeeld van wat er van ons als team wordt verwacht.',
  },
  statementGroups: { personalDevelopment: 'Persoonlijke ontwikkeling', leadership: 'Kwaliteit van leidinggeven', psychologicalSafety: 'Psychologische veiligheid' },
  statementTags: { growth: '#Groei', jobSatisfaction: '#Werkplezier', feedback: '#Feedback', leadership: '#Leiderschap', psychologicalSafety: '#PsychologischeVeiligheid' },
  safetySet: {
    name: 'Psychologische veiligheid',
    statements: {
      'ps-raise-problems': 'Ik kan een probleem bij mijn teamleider aankaarten zonder dat het me wordt aangerekend.',
      'ps-own-mistakes': 'Als ik iets verkeerd doe, durf ik dat gewoon te zeggen.',
      'ps-ask-for-help': 'Hulp vragen voelt hier normaal, niet als een zwakte.',
      'ps-disagree': 'Ik kan het in een overleg ergens mee oneens zijn en me toch deel van het team voelen.',
      'ps-try-new': 'Ik kan hier een nieuwe aanpak proberen, ook als die misschien mislukt.',
      'ps-ideas-heard': 'Mijn ideeën worden gehoord, ook als ze afwijken van die van anderen.',
      'ps-team-backs-me': 'Ik weet dat mijn team achter me staat.',
    },
  },
  ratingWhy: 'Waarom heb je dit antwoord gekozen?',
  templates: {
    'okr-goal-setting': {
      name: 'OKR-doelen stellen (1:1)',
      description: 'Stel samen de doelen en key results voor de komende periode op; zoom uit en laat de ideeën vooral van de ander komen.',
      sections: {
        start: { title: 'Start', prompts: ['Hoe is je dag tot nu toe?', 'Vandaag kijken we naar je prioriteiten en doelen voor de komende periode.'] },
        brainstorm: {
          title: 'Doelen brainstormen',
          prompts: [
            'Hoe zie je je eigen rol in het licht van de teamdoelen?',
            'Welke key results zou je het liefst bereiken?',
            'Hoe sluiten die aan op de objectives van het team en het bedrijf?',
          ],
        },
        'key-results': {
          title: 'Key results bepalen',
          prompts: [
            'Aan welke meetbare mijlpalen zien we dat we vooruitgaan?',
            'Zijn ze realistisch, en toch uitdagend genoeg om ons verder te brengen?',
          ],
        },
        support: {
          title: 'Ondersteuning & middelen',
          prompts: [
            'Wat heb je van mij of anderen nodig om deze OKR’s te halen?',
            'Welke obstakels kunnen we aanpakken voordat ze je in de weg zitten?',
            'Laten we de doelen en key results nog één keer doorlopen: zijn ze duidelijk en haalbaar voor jou?',
          ],
        },
        'wrap-up': { title: 'Afronding', prompts: ['Waar kijk je het meest naar uit in het volgende kwartaal?', 'Heb je nog vragen, of wil je nog iets kwijt?'] },
      },
    },
    weekly: {
      name: 'Wekelijkse 1:1',
      description: 'Een korte wekelijkse 1:1 waarin je medewerker het voortouw neemt: eerst de eigen onderwerpen, dan de actiepunten van vorige keer, successen en blokkades, prioriteiten en feedback over en weer.',
      sections: {
        'check-in': {
          title: 'Jouw onderwerpen',
          prompts: [
            'Hoe gaat het echt met je?',
            'Welk onderwerp is vandaag het belangrijkst voor je?',
          ],
        },
        'last-actions': { title: 'Actiepunten van vorige keer', prompts: ['Welke actiepunten van vorige keer zijn af?', 'Wat staat nog open, en waar blijft het op hangen?'] },
        'wins-blockers': { title: 'Successen & blokkades', prompts: ['Wat ging er goed sinds de vorige keer?', 'Wat remt je af?', 'Waar kan ik de weg voor je vrijmaken?'] },
        priorities: { title: 'Prioriteiten', prompts: ['Wat zijn je drie belangrijkste prioriteiten deze week?', 'Is er iets wat we moeten stoppen of uitstellen?'] },
        growth: {
          title: 'Feedback over en weer',
          prompts: [
            'Wat ik deze week erg waardeerde, was …',
            'Waarover wil je feedback van mij?',
            'Wat kan ik anders doen om je beter te helpen?',
          ],
        },
        'next-steps': { title: 'Volgende stappen', prompts: ['Wat doe jij voordat we elkaar weer spreken?', 'Wat doe ik voor jou?'] },
      },
    },
    'quarterly-review': {
      name: 'Kwartaalreview OKR’s',
      description: 'Kijk terug op het kwartaal: scoor de OKR’s, leer van wat er gebeurde en zet het volgende kwartaal klaar.',
      sections: {
        'look-back': { title: 'Terugblik', prompts: ['Waar ben je dit kwartaal het meest trots op?', 'Wat verraste je?', 'Wat zou je anders doen?'] },
        'okr-scores': {
          title: 'OKR’s scoren',
          prompts: [
            'Op een schaal van 1 tot 10: hoe ver ben je met elk doel gekomen?',
            'Welke key results kwamen in beweging, en welke niet?',
            'Wat had je één stap hoger gebracht?',
          ],
        },
        lessons: { title: 'Lessen', prompts: ['Welke obstakels zagen we te laat?', 'Wat blijven we doen en wat veranderen we?'] },
        'next-quarter': { title: 'Volgend kwartaal', prompts: ['Welk doel vind je volgend kwartaal het belangrijkst?', 'Wat nemen we mee en wat laten we los?'] },
        'wrap-up': { title: 'Afronding', prompts: ['Wat is je belangrijkste inzicht uit deze review?', 'Hoe kan ik je volgend kwartaal helpen?'] },
      },
    },
    onboarding: {
      name: 'Onboarding-1:1',
      description: 'Voor een nieuwe collega: hoe de eerste dagen bevallen, wat er verwacht wordt en wie en wat daarbij kan helpen.',
      sections: {
        'first-impressions': { title: 'Eerste indrukken', prompts: ['Hoe waren je eerste dagen?', 'Wat viel je op, positief of juist vreemd?'] },
        'role-expectations': {
          title: 'Rol & verwachtingen',
          prompts: [
            'Hoe zie je je rol tot nu toe?',
            'Wanneer ben je over drie maanden tevreden over je start?',
            'Wat is nog onduidelijk?',
          ],
        },
        'people-tools': {
          title: 'Mensen & middelen',
          prompts: [
            'Wie heb je al leren kennen, en met wie zou je nog moeten praten?',
            'Heb je alles wat je nodig hebt voor je werk?',
            'Bij wie kun je terecht als je vastloopt?',
          ],
        },
        'first-goals': { title: 'Eerste doelen', prompts: ['Wat kan een eerste klein succes zijn in de komende weken?', 'Hoe weten we dat het goed is gegaan?'] },
        'wrap-up': { title: 'Afronding', prompts: ['Wat zou je deze week het meest helpen?', 'Wat moet ik weten over hoe jij het liefst werkt?'] },
      },
    },
    salary: {
      name: 'Salarisgesprek',
      description: 'Een goed voorbereid gesprek over beloning: jij noemt de criteria, hoort de onderbouwing van je medewerker en beslist daarna, niet ter plekke.',
      sections: {
        prepare: {
          title: 'Je voorbereiding',
          prompts: [
            'Vóór het gesprek: waar zit de medewerker in de salarisschaal? Wanneer was de laatste verhoging, en hoeveel was die?',
            'Wat betaalt de markt voor deze functie, en wat zeggen de cao of het beloningsbeleid?',
            'Welke criteria ga je noemen, en hoeveel ruimte heb je echt?',
            'Je notities hier zijn privé: deze stap blijft buiten de kopie voor de medewerker.',
          ],
        },
        purpose: {
          title: 'Doel & werkwijze',
          prompts: [
            'Wat wil je uit dit gesprek halen?',
            'Zo wordt salaris bij ons bepaald. Ik beslis vandaag niets: je hoort uiterlijk [datum] van me.',
          ],
        },
        contribution: {
          title: 'Bijdrage',
          prompts: [
            'Op welke resultaten van de afgelopen periode ben je het meest trots?',
            'Waarin is je rol gegroeid?',
            'Hoe kijk je zelf naar je functioneren?',
          ],
        },
        'market-criteria': {
          title: 'Criteria & markt',
          prompts: [
            'Dit zijn de criteria die we voor beloning in deze functie hanteren: …',
            'Hoe zie je jezelf op elk van die punten?',
            'Wat verwacht je, en waar baseer je dat op?',
          ],
        },
        'decision-path': {
          title: 'Besluit & vervolg',
          prompts: [
            'Wie beslist er, en wanneer hoor je van me?',
            'Als we je verwachting nu niet kunnen waarmaken, wat zou dan nog belangrijk voor je zijn?',
          ],
        },
        'wrap-up': { title: 'Afronding', prompts: ['Is er nog iets wat je niet hebt gezegd?', 'Ik vat samen wat ik heb gehoord en wat er nu gebeurt.'] },
      },
    },
    'under-performance': {
      name: 'Verbetergesprek',
      description: 'Als het werk achterblijft bij wat je samen hebt afgesproken: benoem het in de eerste minuut, geef feiten, laat de ander het meest aan het woord en leg samen vast wat je afspreekt.',
      sections: {
        open: {
          title: 'Het onderwerp benoemen',
          prompts: [
            'Ik wil het hebben over [onderwerp]: het resultaat blijft achter bij wat we hadden afgesproken, en ik wil dat we het samen oplossen.',
            'Ik vertel eerst wat ik heb gezien, en daarna wil ik jouw kant horen.',
          ],
        },
        facts: {
          title: 'Feiten: situatie, gedrag, effect',
          prompts: [
            'Situatie: wanneer en waar gebeurde het?',
            'Gedrag: wat heb ik precies gezien of gehoord, zonder oordeel?',
            'Effect: wat betekende het voor het team, klanten of onze doelen?',
            'Hoe komt dit bij je aan?',
          ],
        },
        'their-view': {
          title: 'Jouw kant',
          prompts: [
            'Hoe kijk jij ertegenaan?',
            'Wat zit je in de weg?',
            'Speelt er buiten het werk iets mee? Vertel alleen wat je kwijt wilt.',
            'Wat heb je al geprobeerd?',
          ],
        },
        expectations: { title: 'Verwachtingen', prompts: ['Wat moet er precies veranderen, en wanneer?', 'Hoe merken we allebei dat het beter gaat?'] },
        'support-follow-up': { title: 'Steun & vervolg', prompts: ['Welke steun heb je van mij nodig?', 'Wanneer kijken we hier weer samen naar?'] },
        'written-summary': {
          title: 'Schriftelijke samenvatting',
          prompts: [
            'Laten we een korte samenvatting afspreken: wat we zagen, wat jij doet, wat ik doe en wanneer we het evalueren.',
            'Ik stuur je die vandaag; laat het me weten als er iets in staat wat jij anders ziet.',
          ],
        },
      },
    },
    career: {
      name: 'Loopbaanontwikkeling',
      description: 'Even los van het dagelijkse werk: ambities, sterke punten, mogelijke paden en een concrete volgende stap.',
      sections: {
        ambitions: { title: 'Ambities', prompts: ['Waar zou je over twee of drie jaar willen staan?', 'Van wat voor werk krijg je energie?'] },
        strengths: { title: 'Sterke punten', prompts: ['Waar sta je om bekend in het team?', 'Welke sterke kant zou je vaker willen inzetten?'] },
        paths: {
          title: 'Mogelijke richtingen',
          prompts: [
            'Welke rollen of richtingen spreken je hier aan?',
            'Welke ervaring brengt je daar dichterbij?',
            'Van wie zou je kunnen leren?',
          ],
        },
        'development-plan': { title: 'Ontwikkelplan', prompts: ['Welke stap kun je dit kwartaal zetten?', 'Hoe kan ik je daarbij helpen?'] },
        'wrap-up': { title: 'Afronding', prompts: ['Wat neem je mee uit dit gesprek?', 'Wanneer kijken we hier weer naar?'] },
      },
    },
    'speak-up': {
      name: '1:1 over ideeën en zorgen',
      description: 'Voor teamleden die ideeën en zorgen vaak voor zich houden: stuur de vragen vooraf, of laat ze antwoorden in de chat.',
      sections: {
        'safe-start': {
          title: 'Rustige start',
          prompts: [
            'Ik heb vandaag geen agenda; deze tijd is van jou.',
            'Ik heb je de vragen vooraf gestuurd: zullen we je antwoorden doorlopen?',
            'Typ je liever? Antwoorden in de chat mag ook.',
          ],
        },
        'their-topics': {
          title: 'Jouw onderwerpen',
          prompts: [
            'Waar wil je het over hebben?',
            'Is je iets opgevallen wat niemand benoemt?',
            'Wat zou je veranderen als het aan jou lag?',
          ],
        },
        ideas: { title: 'Ideeën', prompts: ['Met welk idee loop je al een tijdje rond?', 'Hoe kunnen we het op kleine schaal uitproberen?'] },
        'what-holds-back': {
          title: 'Wat je tegenhoudt',
          prompts: [
            'Wat maakt het lastig om in overleggen iets te zeggen?',
            'Wat kunnen ik of het team doen om dat makkelijker te maken?',
          ],
        },
        'wrap-up': { title: 'Afronding', prompts: ['Wat had je vandaag aan dit gesprek?', 'Wil je één punt inbrengen in het volgende teamoverleg, met mijn steun?'] },
      },
    },
    'first-one-on-one': {
      name: 'Eerste 1:1: kennismaken',
      description: 'De eerste 1:1 met een nieuwe medewerker of een nieuwe leidinggevende: wie jullie zijn, hoe de ander graag werkt en hoe jullie 1:1’s gaan verlopen.',
      sections: {
        introductions: { title: 'Kennismaken', prompts: ['Vertel eens wat over jezelf, op het werk en daarbuiten.', 'Ik vertel je iets over mezelf en over hoe ik graag werk.'] },
        'working-style': {
          title: 'Hoe je graag werkt',
          prompts: [
            'Wanneer werk je het best, en wat kost je energie?',
            'Hoe krijg je het liefst feedback: meteen, op papier of in onze 1:1’s?',
            'Hoe merk ik dat je het zwaar hebt, en wat helpt je dan?',
          ],
        },
        motivation: {
          title: 'Wat je drijft',
          prompts: [
            'Waar ben je tot nu toe het meest trots op in je werk?',
            'Wat zou er moeten gebeuren om dit de beste baan te maken die je ooit hebt gehad?',
            'Wat wil je hier leren?',
          ],
        },
        'working-together': {
          title: 'Hoe we samenwerken',
          prompts: [
            'Hoe vaak spreken we elkaar, en waarvoor zijn deze 1:1’s?',
            'Wat deden goede leidinggevenden voor je, en wat moet ik vooral niet doen?',
            'Deze tijd is van jou: breng vooral je eigen onderwerpen in.',
          ],
        },
        'wrap-up': { title: 'Afronding', prompts: ['Welke vragen heb je voor mij?', 'Waar hebben we het de volgende keer over?'] },
      },
    },
    'stay-interview': {
      name: 'Blijfgesprek',
      description: 'Ontdek wat iemand hier houdt en wat een reden zou kunnen zijn om te vertrekken, voordat die persoon om zich heen gaat kijken.',
      sections: {
        'why-stay': { title: 'Wat je hier houdt', prompts: ['Waar kijk je naar uit als je aan je werkdag begint?', 'Wat houdt je hier?'] },
        energy: { title: 'Energie', prompts: ['Wat vind je op dit moment het leukst aan je werk?', 'Wat kost je energie, en wat zou het lichter maken?'] },
        growth: { title: 'Groei', prompts: ['Wat zou je het komende jaar willen leren of vaker willen doen?', 'Welke talenten van je benutten we te weinig?'] },
        'leaving-risks': {
          title: 'Redenen om te vertrekken',
          prompts: [
            'Wat zou je kunnen verleiden om weg te gaan?',
            'Als je ooit aan vertrekken hebt gedacht: wat was de reden?',
            'Wat zou ik kunnen veranderen waardoor je hier nog liever blijft?',
          ],
        },
        'wrap-up': { title: 'Afronding', prompts: ['Hoe wil je dat je werk gewaardeerd wordt?', 'Wat gaan we hiermee doen, en wanneer?'] },
      },
    },
    'feedback-360': {
      name: 'Feedbackgesprek (360 graden)',
      description: 'Bespreek samen de feedback van collega’s: eerst de eigen kijk, dan de rode draad, één of twee aandachtspunten en feedback voor jou.',
      sections: {
        purpose: {
          title: 'Doel',
          prompts: [
            'Dit gesprek gaat over leren, niet over beoordelen: we lopen de feedback samen door.',
            'Hoe was het voor je om de feedback te lezen?',
          ],
        },
        'self-view': { title: 'Je eigen kijk', prompts: ['Voordat we erin duiken: wat ging goed, en wat kan beter?', 'Welke feedback had je verwacht?'] },
        themes: {
          title: 'De feedback',
          prompts: [
            'Welke thema’s komen steeds terug?',
            'Wat verrast je, en wat herken je?',
            'Laten we één voorbeeld nemen: wat was de situatie, het gedrag en het effect?',
          ],
        },
        focus: { title: 'Eén of twee aandachtspunten', prompts: ['Aan welke één of twee punten wil je werken?', 'Hoe ziet het eruit als het beter gaat?'] },
        'feedback-for-me': { title: 'Feedback voor mij', prompts: ['Welke feedback heb je voor mij?', 'Was ik ergens te streng of juist te mild?'] },
        'wrap-up': { title: 'Afronding', prompts: ['Wat pak je als eerste op, en aan wie vraag je de volgende keer feedback?', 'Wanneer kijken we samen naar je voortgang?'] },
      },
    },
    'wellbeing-return': {
      name: 'Welzijn & terugkeer na verlof',
      description: 'Als het even niet goed gaat of iemand terugkomt van verlof: hoe het echt gaat, wat er veranderd is en een werklast die nu past.',
      sections: {
        welcome: {
          title: 'Hoe gaat het',
          prompts: [
            'Hoe gaat het met je, en hoe voelt het om terug te zijn?',
            'Vertel alleen wat je kwijt wilt; het blijft tussen ons, tenzij we iets anders afspreken.',
          ],
        },
        wellbeing: {
          title: 'Welzijn',
          prompts: [
            'Hoe staat het met je energie en je slaap, op een schaal van 1 tot 10?',
            'Wat helpt je, en wat kost je energie?',
            'Is er buiten het werk iets waar ik rekening mee moet houden?',
          ],
        },
        'what-changed': {
          title: 'Wat er veranderd is',
          prompts: [
            'Dit is er veranderd in het team en in ons werk terwijl je weg was.',
            'Waarover wil je als eerste worden bijgepraat?',
          ],
        },
        workload: {
          title: 'Een werklast die past',
          prompts: [
            'Welke werklast voelt goed voor de eerste weken?',
            'Wat pak je als eerste op, en wat kan wachten?',
            'Wie kan je helpen om weer op stoom te komen?',
          ],
        },
        'wrap-up': {
          title: 'Afronding',
          prompts: [
            'Wanneer spreken we elkaar weer, en hoe vaak voorlopig?',
            'Wat wil je dat ik aan het team vertel, en wat niet?',
            'Bij wie kun je terecht als het te veel wordt: bij de bedrijfsarts, een vertrouwenspersoon of bij mij?',
          ],
        },
      },
    },
    'skip-level': {
      name: 'Skip-level-1:1',
      description: 'Met iemand uit het team van een leidinggevende die aan jou rapporteert: hoe het werk en het team ervoor staan, en wat die medewerker ziet wat jij misschien mist.',
      sections: {
        purpose: {
          title: 'Doel',
          prompts: [
            'Ik wil horen hoe het met jou en het team gaat; dit is geen beoordeling van jou of van je leidinggevende.',
            'Wat je me vertelt, gaat niet met jouw naam erbij verder, tenzij je dat goedvindt.',
          ],
        },
        'their-work': { title: 'Jouw werk', prompts: ['Wat vind je op dit moment leuk aan je werk?', 'Wat staat je in de weg om je beste werk te doen?'] },
        team: { title: 'Het team', prompts: ['Hoe gaat het volgens jou met het team?', 'Wat werkt goed in jullie samenwerking, en wat zou je veranderen?'] },
        direction: { title: 'Koers', prompts: ['Hoe duidelijk is het waar we naartoe gaan, en waarom?', 'Als jij mijn rol had, wat zou je dan als eerste veranderen?'] },
        'wrap-up': { title: 'Afronding', prompts: ['Wat moet ik hieruit meenemen?', 'Wat mag ik doen met wat je hebt verteld, en wat blijft tussen ons?'] },
      },
    },
    'colleague-conflict': {
      name: 'Conflict tussen collega’s',
      description: 'Een 1:1 met een van twee collega’s die botsen: hoor het verhaal zonder oordeel, kijk naar de andere kant en zoek een werkbare volgende stap.',
      sections: {
        purpose: {
          title: 'Doel',
          prompts: [
            'Ik merk spanning tussen jou en [naam], en ik wil begrijpen wat er speelt; ik ga niet bepalen wie er gelijk heeft.',
            'Ik praat ook met [naam].',
          ],
        },
        'their-side': {
          title: 'Jouw kant',
          prompts: [
            'Wat is er gebeurd, vanuit jouw kant bekeken?',
            'Wanneer is het begonnen, en welke momenten springen eruit?',
            'Wat doet het met jou en met je werk?',
          ],
        },
        'other-side': { title: 'De andere kant', prompts: ['Hoe denk je dat [naam] het ziet?', 'Wat heeft [naam] misschien van jou nodig?', 'Welk deel hiervan ligt bij jou?'] },
        'way-forward': {
          title: 'Een weg vooruit',
          prompts: [
            'Hoe ziet de samenwerking eruit als die goed genoeg loopt?',
            'Wat kun je zelf doen, en wat heb je van [naam] nodig?',
            'Zou een gesprek met z’n drieën helpen?',
          ],
        },
        'wrap-up': { title: 'Afronding', prompts: ['Wat spreken we af, en wanneer kijken we hoe het gaat?', 'Wat blijft tussen ons?'] },
      },
    },
  },
  signals: {
    negations: ['niet', 'geen', 'nooit', 'nauwelijks', 'allerminst'],
    situations: {
      stuck: { match: ['zit* ~ vast', 'zat* ~ vast', 'loop* ~ vast', 'lopen ~ vast', 'liep* ~ vast', 'vastgelopen', 'geen voortgang', 'geen vooruitgang', 'kom* ~ niet verder', 'kwam* ~ niet verder', 'weet niet hoe', 'stilstand', 'staat stil', 'ligt stil', 'stilgevallen'], unless: ['vast aan', 'zaterdag*', 'loopbaan*', 'looptijd*'] },
      tooAmbitious: { match: ['te ambitieus', 'overambitieus', 'te veel', 'te groot', 'alles tegelijk', 'te hoog gegrepen', 'hooi op * vork', 'overvraagd'] },
      impossible: { match: ['onmogelijk', 'onhaalbaar', 'niet haalbaar', 'onrealistisch', 'gaat nooit lukken', 'lukt nooit', 'gaat niet lukken', 'niet te doen', 'geen haalbare kaart'] },
      blamesOthers: { match: ['hun schuld', 'zijn schuld', 'haar schuld', 'niet mijn schuld', 'door hen', 'door hun', 'ander team', 'andere team', 'zij doen nooit', 'die doen nooit', 'smoes*', 'ligt aan hen', 'ligt aan hun', 'de schuld bij'] },
      quiet: { match: ['stil', 'stiller', 'zwijgt', 'zwijgzaam', 'verlegen', 'aarzelend', 'terughoudend', 'erg gesloten', 'heel gesloten', 'vrij gesloten', 'nogal gesloten', 'wat gesloten', 'gesloten type', 'zei weinig', 'zegt weinig', 'stille'], unless: ['dat zegt weinig', 'stil staan', 'staat stil', 'ligt stil', 'zit* stil', 'zat* stil', 'stil gestaan', 'stil * gestaan', 'stil * staan', 'stille week'] },
      frustrated: { match: ['gefrustreerd', 'frustr*', 'geïrriteerd', 'geirriteerd', 'irritant', 'ergert', 'ergernis', 'balen', 'baal*', 'boos', 'ben het zat', 'is het zat', 'zijn het zat', 'spuugzat', 'moedeloos'] },
      noGoals: { match: ['geen doelen', 'geen doel', 'geen idee wat', 'onduidelijke doelen', 'geen richting', 'weet niet wat', 'niets gepland', 'niks gepland', 'geen plan'] },
      unclearProblem: { match: ['vaag', 'vage', 'op de een of andere manier', 'klopt iets niet', 'iets klopt niet', 'weet niet waarom', 'onduidelijk', 'onderbuikgevoel', 'raar gevoel', 'zit* ~ niet lekker', 'zat ~ niet lekker'] },
      ownership: { match: ['niet mijn taak', 'niet mijn werk', 'niet mijn probleem', 'niet mijn verantwoordelijkheid', 'moet iemand anders', 'iemand anders maar', 'afschuiven', 'afgeschoven', 'wacht op anderen', 'wacht af', 'afwachtend', 'pak* ~ niet op', 'pakt niets op', 'niemand is eigenaar', 'geen eigenaar'] },
      closing: { match: ['afronden', 'afsluiten', 'samenvatting', 'samenvatten', 'volgende stappen', 'vervolgstappen', 'tot slot', 'actiepunten'] },
    },
  },
};
