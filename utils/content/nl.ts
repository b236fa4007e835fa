import type { ContentPack } from './types';

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
    recognition: 'Wat ging er sinds ons vorige gesprek goed waar je trots op bent?',
    'tell-me-more': 'Vertel eens meer. Wat nog meer?',
    'what-would-it-look-like': 'Hoe ziet dat eruit als het lukt?',
    'sbi-feedback': 'Bij [situatie] zag ik [gedrag], en het effect was [impact]. Hoe komt dat bij je binnen?',
    'will-and-commitment': 'Wat ga je doen, en wanneer? Hoe vastbesloten ben je, op een schaal van 1 tot 10?',
    'upward-feedback': 'Wat kan ik anders doen om je beter te steunen? Was ik ergens te streng of juist te mild?',
    'about-this-one-on-one': 'Hoe nuttig was deze 1:1 voor je, en wat doen we de volgende keer anders?',
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
    'lq-sets-example': 'Mijn teamleider geeft zelf het goede voorbeeld van wat hij of zij van ons als team verwacht.',
  },
  statementGroups: { personalDevelopment: 'Persoonlijke ontwikkeling', leadership: 'Kwaliteit van leidinggeven' },
  ratingWhy: 'Waarom heb je dit antwoord gekozen?',
  templates: {
    'okr-goal-setting': {
      name: 'OKR-doelen stellen (1:1)',
      description: 'Stel samen de doelen en key results voor de komende periode; zoom uit en laat de ideeën vooral van hen komen.',
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
          prompts: ['Aan welke meetbare mijlpalen zien we dat we vooruitgaan?', 'Zijn ze realistisch, en toch uitdagend genoeg om ons verder te brengen?'],
        },
        support: {
          title: 'Ondersteuning & middelen',
          prompts: [
            'Wat heb je van mij of anderen nodig om deze OKR’s te halen?',
            'Welke obstakels kunnen we aanpakken voordat ze in de weg zitten?',
            'Laten we de doelen en key results nog één keer doorlopen: zijn ze duidelijk en haalbaar voor jou?',
          ],
        },
        'wrap-up': { title: 'Afronding', prompts: ['Waar kijk je het meest naar uit in het volgende kwartaal?', 'Heb je nog vragen of iets anders dat je kwijt wilt?'] },
      },
    },
    weekly: {
      name: 'Wekelijkse 1:1',
      description: 'Een korte, vaste check-in: hoe het gaat, wat in de weg zit en wat deze week telt.',
      sections: {
        'check-in': { title: 'Check-in', prompts: ['Hoe gaat het echt met je?', 'Wat houdt je deze week bezig?'] },
        'wins-blockers': {
          title: 'Successen & blokkades',
          prompts: ['Wat ging er goed sinds de vorige keer?', 'Wat houdt je op?', 'Waar kan ik de weg voor je vrijmaken?'],
        },
        priorities: { title: 'Prioriteiten', prompts: ['Wat zijn je drie belangrijkste prioriteiten deze week?', 'Is er iets wat we moeten stoppen of uitstellen?'] },
        growth: { title: 'Groei', prompts: ['Wat heb je onlangs geleerd?', 'Over welk onderwerp wil je feedback van mij?'] },
        'next-steps': { title: 'Volgende stappen', prompts: ['Wat doe jij voor we elkaar weer spreken?', 'Wat doe ik voor jou?'] },
      },
    },
    'quarterly-review': {
      name: 'Kwartaalreview OKR’s',
      description: 'Kijk terug op het kwartaal: scoor de OKR’s, leer van wat er gebeurde en zet het volgende kwartaal klaar.',
      sections: {
        'look-back': {
          title: 'Terugblik',
          prompts: ['Waar ben je dit kwartaal het meest trots op?', 'Wat verraste je?', 'Wat zou je anders doen?'],
        },
        'okr-scores': {
          title: 'OKR’s scoren',
          prompts: [
            'Op een schaal van 1 tot 10, hoe ver ben je met elk doel gekomen?',
            'Welke key results kwamen in beweging, en welke niet?',
            'Wat had je één niveau hoger gebracht?',
          ],
        },
        lessons: { title: 'Lessen', prompts: ['Welke obstakels zagen we te laat?', 'Wat blijven we doen en wat veranderen we?'] },
        'next-quarter': { title: 'Volgend kwartaal', prompts: ['Welk doel vind je volgend kwartaal het belangrijkst?', 'Wat nemen we mee en wat laten we los?'] },
        'wrap-up': { title: 'Afronding', prompts: ['Wat is je belangrijkste inzicht uit deze review?', 'Hoe kan ik je volgend kwartaal steunen?'] },
      },
    },
    onboarding: {
      name: 'Onboarding-1:1',
      description: 'Voor een nieuwe collega: hoe de eerste dagen voelen, wat er verwacht wordt en wie en wat kan helpen.',
      sections: {
        'first-impressions': { title: 'Eerste indrukken', prompts: ['Hoe waren je eerste dagen?', 'Wat viel je op, in positieve of vreemde zin?'] },
        'role-expectations': {
          title: 'Rol & verwachtingen',
          prompts: ['Hoe begrijp je je rol tot nu toe?', 'Hoe ziet succes er voor jou uit na drie maanden?', 'Wat is nog onduidelijk?'],
        },
        'people-tools': {
          title: 'Mensen & middelen',
          prompts: ['Wie heb je al ontmoet, en wie zou je nog moeten spreken?', 'Heb je alles wat je nodig hebt voor je werk?', 'Bij wie kun je terecht als je vastloopt?'],
        },
        'first-goals': { title: 'Eerste doelen', prompts: ['Wat kan een eerste klein succes zijn in de komende weken?', 'Hoe weten we dat het goed ging?'] },
        'wrap-up': { title: 'Afronding', prompts: ['Wat zou je deze week het meest helpen?', 'Wat moet ik weten over hoe jij graag werkt?'] },
      },
    },
    salary: {
      name: 'Salarisgesprek',
      description: 'Een eerlijk, voorbereid gesprek over beloning: bijdrage, criteria en hoe een besluit tot stand komt.',
      sections: {
        purpose: { title: 'Doel', prompts: ['Wat wil je uit dit gesprek halen?', 'Zo werkt het salarisproces bij ons.'] },
        contribution: {
          title: 'Bijdrage',
          prompts: ['Op welke resultaten van de afgelopen periode ben je het meest trots?', 'Waar is je rol gegroeid?', 'Hoe kijk je zelf naar je prestaties?'],
        },
        'market-criteria': { title: 'Criteria & markt', prompts: ['Welke criteria gebruiken we voor beloning in deze rol?', 'Wat verwacht je, en waar baseer je dat op?'] },
        'decision-path': { title: 'Besluit & vervolg', prompts: ['Wie beslist, en wanneer hoor je iets?', 'Als we je verwachting nu niet waarmaken, wat zou dan nog belangrijk voor je zijn?'] },
        'wrap-up': { title: 'Afronding', prompts: ['Is er iets wat je nog niet hebt gezegd?', 'Ik vat samen wat we hebben afgesproken.'] },
      },
    },
    'under-performance': {
      name: 'Gesprek over prestaties',
      description: 'Als je iemand graag mag maar de resultaten uitblijven: benoem de feiten, hoor hun kant, spreek duidelijke verwachtingen af.',
      sections: {
        open: { title: 'Opening', prompts: ['Ik wil iets bespreken dat belangrijk is voor mij en voor jou.', 'Hoe vind je zelf dat je werk de laatste tijd gaat?'] },
        facts: {
          title: 'Feiten',
          prompts: ['Dit is wat ik heb gezien, met voorbeelden.', 'Wat is het effect op het team en op onze doelen?', 'Herken je dit?'],
        },
        'their-view': {
          title: 'Jouw kant',
          prompts: ['Wat zit je in de weg?', 'Hoeveel hiervan heb je zelf in de hand?', 'Wat heb je al geprobeerd?'],
        },
        expectations: { title: 'Verwachtingen', prompts: ['Wat moet er precies veranderen, en wanneer?', 'Hoe merken we allebei dat het beter gaat?'] },
        'support-follow-up': { title: 'Steun & vervolg', prompts: ['Welke steun heb je van mij nodig?', 'Wanneer kijken we hier weer samen naar?'] },
      },
    },
    career: {
      name: 'Loopbaanontwikkeling',
      description: 'Even los van het dagelijkse werk: ambities, sterke punten, mogelijke paden en een concrete volgende stap.',
      sections: {
        ambitions: { title: 'Ambities', prompts: ['Waar zou je over twee of drie jaar willen staan?', 'Van wat voor werk krijg je energie?'] },
        strengths: { title: 'Sterke punten', prompts: ['Waar staat je bekend om in het team?', 'Welke sterke kant zou je vaker willen inzetten?'] },
        paths: {
          title: 'Paden',
          prompts: ['Welke rollen of richtingen spreken je hier aan?', 'Welke ervaring brengt je daar dichterbij?', 'Van wie zou je kunnen leren?'],
        },
        'development-plan': { title: 'Ontwikkelplan', prompts: ['Welke stap kun je dit kwartaal zetten?', 'Hoe kan ik je daarbij helpen?'] },
        'wrap-up': { title: 'Afronding', prompts: ['Wat neem je mee uit dit gesprek?', 'Wanneer kijken we hier weer naar?'] },
      },
    },
    'speak-up': {
      name: 'Spreek-je-uit-1:1',
      description: 'Voor stillere teamleden: een veilig gesprek zonder haast, waarin hun onderwerpen en ideeën voorop staan.',
      sections: {
        'safe-start': { title: 'Rustige start', prompts: ['Ik heb vandaag geen agenda; deze tijd is van jou.', 'Hoe gaat het nu met je?'] },
        'their-topics': {
          title: 'Jouw onderwerpen',
          prompts: ['Waar wil je het over hebben?', 'Is je iets opgevallen wat niemand benoemt?', 'Wat zou je veranderen als het aan jou lag?'],
        },
        ideas: { title: 'Ideeën', prompts: ['Met welk idee loop je al een tijdje rond?', 'Hoe kunnen we het klein uitproberen?'] },
        'what-holds-back': {
          title: 'Wat je tegenhoudt',
          prompts: ['Wat maakt het lastig om in overleggen iets te zeggen?', 'Wat kunnen ik of het team doen om het makkelijker te maken?'],
        },
        'wrap-up': { title: 'Afronding', prompts: ['Wat had je vandaag aan dit gesprek?', 'Wil je één punt inbrengen in het volgende teamoverleg, met mijn steun?'] },
      },
    },
  },
  signals: {
    negations: ['niet', 'geen', 'nooit', 'nauwelijks', 'allerminst'],
    situations: {
      stuck: { match: ['zit* ~ vast', 'zat* ~ vast', 'loop* ~ vast', 'liep* ~ vast', 'vastgelopen', 'vastgeroest', 'geen voortgang', 'geen vooruitgang', 'kom* niet verder', 'kwam* niet verder', 'weet niet hoe', 'stilstand', 'stilstaan', 'stil* staan', 'staat stil', 'stilgevallen'], unless: ['vast aan'] },
      tooAmbitious: { match: ['te ambitieus', 'overambitieus', 'te veel', 'te groot', 'alles tegelijk', 'te hoog gegrepen', 'hooi op * vork', 'overvraagd'] },
      impossible: { match: ['onmogelijk', 'onhaalbaar', 'niet haalbaar', 'onrealistisch', 'gaat nooit lukken', 'lukt nooit', 'gaat niet lukken', 'niet te doen', 'geen haalbare kaart'] },
      blamesOthers: { match: ['hun schuld', 'zijn schuld', 'haar schuld', 'niet mijn schuld', 'door hen', 'door hun', 'ander team', 'andere team', 'zij doen nooit', 'die doen nooit', 'smoes*', 'ligt aan hen', 'ligt aan hun', 'de schuld bij'] },
      quiet: { match: ['stil', 'stiller', 'zwijgt', 'zwijgzaam', 'verlegen', 'aarzelend', 'terughoudend', 'gesloten', 'zei weinig', 'zegt weinig'], unless: ['stil staan', 'staat stil', 'stil gestaan', 'stil * gestaan', 'stil * staan', 'stille week'] },
      frustrated: { match: ['gefrustreerd', 'frustr*', 'geïrriteerd', 'geirriteerd', 'irritant', 'ergert', 'ergernis', 'balen', 'baal*', 'boos', 'ben het zat', 'is het zat', 'zijn het zat', 'spuugzat', 'moedeloos'] },
      noGoals: { match: ['geen doelen', 'geen doel', 'geen idee wat', 'onduidelijke doelen', 'geen richting', 'weet niet wat', 'niets gepland', 'niks gepland', 'geen plan'] },
      unclearProblem: { match: ['vaag', 'vage', 'op de een of andere manier', 'klopt iets niet', 'iets klopt niet', 'weet niet waarom', 'onduidelijk', 'onderbuikgevoel', 'raar gevoel', 'zit niet lekker'] },
      ownership: { match: ['niet mijn taak', 'niet mijn werk', 'niet mijn probleem', 'niet mijn verantwoordelijkheid', 'iemand anders', 'wacht op anderen', 'wacht af', 'afwachtend', 'pakt het niet op', 'pakt niets op', 'niemand is eigenaar', 'geen eigenaar'] },
      closing: { match: ['afronden', 'afsluiten', 'samenvatting', 'samenvatten', 'volgende stappen', 'vervolgstappen', 'tot slot', 'actiepunten'] },
    },
  },
};
