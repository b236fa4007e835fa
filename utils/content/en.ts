import type { ContentPack } from './types';

export const en: ContentPack = {
  situations: {
    stuck: 'Stuck',
    tooAmbitious: 'Too ambitious',
    impossible: 'Seems impossible',
    blamesOthers: 'Blames others',
    quiet: 'Quiet',
    frustrated: 'Frustrated',
    noGoals: 'No clear goals',
    unclearProblem: 'Vague problem',
    ownership: 'Lacks ownership',
    closing: 'Wrapping up',
  },
  questions: {
    'think-and-return': "Thank you for telling me. Can I take some time to think it over and get back to you?",
    'offer-help': 'Would it help if I supported you with this?',
    willingness: 'How ready are you to do what it takes to change this?',
    control: 'How much of this situation is in your hands?',
    'problem-evidence': 'How do you know this really is a problem? Where do you see it show up?',
    'friend-advice': 'If a friend came to you with this challenge, what would you tell them?',
    'alternative-view': 'What would be another way of looking at this?',
    'plan-b': "What will you do if you don't reach this goal?",
    urgency: 'Do you want to solve this now? Today, or within this month?',
    'wise-advice': 'Think of the wisest person you know. What would they advise you here?',
    'already-tried': 'What have you already tried to solve this?',
    takeaway: "My biggest takeaway from today is … What's yours?",
    'their-topics': 'What is on your mind this week, and what do you want to be sure we talk about?',
    'energy-check': 'How are your workload and energy right now, from 1 to 10?',
    recognition: 'What went well since we last spoke that you are proud of?',
    'tell-me-more': 'Tell me more. What else?',
    'what-would-it-look-like': 'What would that look like if it worked?',
    'sbi-feedback': 'In [situation] I noticed [behaviour], and the effect was [impact]. How does this land with you?',
    'will-and-commitment': 'What will you do, and by when? How committed are you, from 1 to 10?',
    'upward-feedback': 'What is one thing I could do differently to support you better? Was I too hard or too soft on anything?',
    'about-this-one-on-one': 'How useful was this 1:1 for you, and what should we change next time?',
    'salary-why-now': 'What made now the right moment to talk about your pay?',
    'salary-process-questions': 'What would you like to know about how pay is decided here?',
    'salary-contribution-criteria': 'How do you see your contribution against the criteria for your role?',
    'salary-examples': 'Which two or three examples show that best?',
    'salary-expectation': 'What do you expect, and what is that based on?',
    'salary-beyond-pay': 'What matters to you besides pay: growth, flexibility, responsibility, time?',
    'salary-comparison': 'Which comparison feels fair to you, and why?',
    'salary-decision-clear': 'Is it clear to you who decides, on what basis, and when you will hear from me?',
    'salary-if-less': 'If the answer is less than you hoped for, what would you need from me then?',
    'salary-other-levers': 'Apart from pay, what could we work on now: responsibilities, learning, flexibility?',
    'summary-check': 'Let me sum up what I heard: … Did I get that right?',
    'feedback-not-right': "Is there anything I did or said recently that didn't sit right with you?",
    'feedback-keep-doing': 'What should I keep doing?',
    'conversation-hopes': 'What do you hope comes out of this conversation?',
    'questions-first': 'What questions do you have before we start?',
    'feedback-first-reaction': 'What was your first reaction, and has it changed since?',
    'feedback-strengths': 'What does the feedback say about your strengths?',
    'feedback-feeling': 'How does this feedback feel to you?',
    'self-strengths': 'What are you good at that others may not see?',
    'self-improve': 'What would you most like to get better at?',
    'feedback-ask-whom': 'Who could give you feedback along the way?',
    'intro-path': 'What brought you here, and what did you do before?',
    'intro-not-on-cv': "What should I know about you that isn't on your CV?",
    'intro-questions-for-me': 'What would you like to know about me?',
    'style-good-day': 'What does a good working day look like for you?',
    'style-communication': 'How would you like to hear from me: chat, email or a quick call?',
    'style-decisions': 'Which decisions do you want to make yourself, and where do you want me involved?',
    'motivation-matters': 'What matters most to you in a job?',
    'motivation-future': 'Where would you like to be in two or three years?',
    'motivation-recognition': 'How do you like to be recognised for good work?',
    'together-expectations': 'What do you expect from me as your manager?',
    'together-disagree': 'When we disagree, how would you like us to handle it?',
    'together-tell-me': "How will you tell me when something I do doesn't work for you?",
    'stay-great-day': 'Think of a recent great day at work: what made it great?',
    'stay-would-miss': 'What would you miss most if you left?',
    'stay-recommend': 'Would you recommend working here to a friend? Why, or why not?',
    'stay-more-less': 'What would you like to do more of, and what less?',
    'growth-support': 'Which support would help you grow most: a course, a mentor, a new task?',
    'stay-elsewhere': "What could another employer offer you that we don't?",
    'stay-frustration': 'What frustrates you most here?',
    'stay-early-signal': 'How would I notice if you started thinking about leaving?',
    'wellbeing-first-days': 'How have your first days back been?',
    'wellbeing-how-talk': 'How would you like to talk about this: now, later, or not at all?',
    'wellbeing-support': 'What support would help you now, at work or outside it?',
    'wellbeing-signals': 'How will we both notice when things get too much?',
    'changed-questions': 'What questions do you have about what has changed?',
    'changed-worry': 'Is there anything about coming back that worries you?',
    'workload-adjust': 'What should we adjust for now: hours, tasks or deadlines?',
    'workload-say-no': 'What may you say no to for now?',
    'skip-recent-win': 'Which recent piece of work are you proud of?',
    'skip-team-strength': 'What does the team do well that I might not see?',
    'skip-your-manager': 'What does your manager do that helps you, and what could they do more of?',
    'skip-collab': 'How well does the team work with other teams?',
    'skip-unclear': 'Which decisions from higher up are unclear to you?',
    'skip-connect': 'How does your work connect to where we are going?',
    'skip-ideas': "Which idea should reach me that hasn't yet?",
    'conflict-safe': 'What do you need to be able to talk openly about this?',
    'conflict-example': 'Can you give me a concrete example?',
    'conflict-need': 'What do you need that you are not getting now?',
    'conflict-good-intent': 'What good intention might [name] have had?',
    'conflict-said': 'What have you said to [name] about this yourself?',
    'conflict-first-step': 'What is one small step you could take this week?',
    'conflict-if-again': 'What will you do if it happens again?',
  },
  tips: {
    'success-story': {
      title: 'Tell the success story',
      prompts: ['Picture yourself three months from now, telling the team how you pulled this off. What does that story sound like?'],
      why: 'A story makes a goal concrete and gives it feeling, which is what keeps people going when it gets hard.',
      when: 'When a goal is set but still feels abstract or lacks energy.',
    },
    'frustration-to-goals': {
      title: 'Turn frustration into goals',
      prompts: ['What bothers you most in your work right now?', 'What would make your working day a lot easier?'],
      why: 'Annoyances point straight at what is worth improving; each one can become a goal.',
      when: 'When someone has no clear goals of their own yet.',
    },
    'personal-benefit': {
      title: 'Make it personal',
      prompts: ['What would reaching this goal bring you personally?'],
      why: 'Recognition, less stress or a new skill: a personal gain turns the team goal into their own.',
      when: 'When a goal belongs to the team but not yet to the person.',
    },
    'minimum-goal': {
      title: 'Agree on a minimum, not only the ambition',
      prompts: ['What is the absolute minimum we have to reach, whatever happens?'],
      why: 'A floor next to the stretch target keeps ambitious goals from ending in disappointment.',
      when: "Only when experience shows this person's goals tend to be missed.",
    },
    'scale-1-10': {
      title: 'A scale instead of yes or no',
      prompts: ['On a scale from 1 to 10, how close are you to your goal?', 'What would need to happen to get you one step higher?'],
      why: 'A score makes progress tangible, brings small wins to light that would otherwise go unnoticed, and spares people a done-or-failed verdict.',
      when: 'For objectives without clearly measurable key results.',
    },
    'pre-mortem': {
      title: 'Pre-mortem',
      prompts: ["Imagine the quarter is over and you did not reach this OKR. Why didn't it work?"],
      why: 'Looking back from an imagined failure brings obstacles to light early, while there is still time to prevent them.',
      when: 'Right after the goals have been set.',
    },
  },
  statements: {
    'pd-fast-progress': 'My work usually moves forward quickly, even when I need feedback from others.',
    'pd-address-behaviour': 'When I see behaviour that is not ideal, I know how to raise it constructively with colleagues.',
    'pd-get-feedback': 'I get constructive feedback on both my work and my personal development.',
    'pd-career-path': 'I can see an attractive career path for myself in this company.',
    'pd-use-strengths': 'In recent weeks I have often been able to use my strengths at work.',
    'lq-satisfied': 'I am genuinely satisfied with my team lead.',
    'lq-zooms-out': 'My team lead regularly steps back to explain the bigger team goals, strategy and vision.',
    'lq-constructive-questions': 'My team lead questions things in a constructive way.',
    'lq-sets-example': 'My team lead sets a good example of what they expect from us as a team.',
  },
  statementGroups: { personalDevelopment: 'Personal development', leadership: 'Quality of leadership', psychologicalSafety: 'Psychological safety' },
  statementTags: { growth: '#Growth', jobSatisfaction: '#JobSatisfaction', feedback: '#Feedback', leadership: '#Leadership', psychologicalSafety: '#PsychologicalSafety' },
  safetySet: {
    name: 'Psychological safety',
    statements: {
      'ps-raise-problems': 'I can raise a problem with my team lead without it being held against me.',
      'ps-own-mistakes': 'If I get something wrong, I can say so without fear.',
      'ps-ask-for-help': 'Asking for help here feels normal, not like a weakness.',
      'ps-disagree': 'I can disagree in a meeting and still feel part of the team.',
      'ps-try-new': 'I can try a new approach here, even when it might fail.',
      'ps-ideas-heard': 'My ideas are heard, even when they differ from the rest.',
      'ps-team-backs-me': 'I can count on my team to have my back.',
    },
  },
  ratingWhy: 'What made you choose this answer?',
  templates: {
    'okr-goal-setting': {
      name: 'OKR goal-setting 1:1',
      description: 'Set objectives and key results for the coming period together; zoom out and let them bring the ideas.',
      sections: {
        start: { title: 'Start', prompts: ['How is your day going so far?', "Today let's look at your priorities and goals for the coming period."] },
        brainstorm: {
          title: 'Brainstorm goals',
          prompts: [
            "Looking at the team's goals, where do you see your own role?",
            'Which key results would you most like to achieve?',
            'How do those connect to the objectives of the team and the company?',
          ],
        },
        'key-results': {
          title: 'Define Key Results',
          prompts: [
            'Which measurable milestones will show us that we are making progress?',
            'Are they realistic, and still ambitious enough to move us forward?',
          ],
        },
        support: {
          title: 'Support & resources',
          prompts: [
            'What do you need from me or others to reach these OKRs?',
            'Which obstacles could we tackle before they get in the way?',
            "Let's walk through the objectives and key results once more: are they clear and reachable for you?",
          ],
        },
        'wrap-up': { title: 'Wrap-up', prompts: ['What are you most looking forward to next quarter?', "Anything else you'd like to ask or bring up?"] },
      },
    },
    weekly: {
      name: 'Weekly 1:1',
      description: 'A short weekly 1:1 that belongs to them: their topics first, then last actions, wins and blockers, priorities and feedback both ways.',
      sections: {
        'check-in': { title: 'Your topics', prompts: ['How are you, really?', 'What do you want to be sure we talk about today?', 'Which of those matters most to you?'] },
        'last-actions': { title: "Last time's actions", prompts: ['Which actions from last time are done?', 'What is still open, and what is holding it up?'] },
        'wins-blockers': { title: 'Wins & blockers', prompts: ['What went well since we last spoke?', 'What is slowing you down?', 'Where could I clear the way for you?'] },
        priorities: { title: 'Priorities', prompts: ['What are your top three priorities this week?', 'Is there anything we should stop or postpone?'] },
        growth: {
          title: 'Feedback both ways',
          prompts: [
            'One thing I appreciated this week was …',
            'Is there anything you would like feedback on from me?',
            'What is one thing I could do differently for you?',
          ],
        },
        'next-steps': { title: 'Next steps', prompts: ['What will you do before we meet again?', 'What will I do for you?'] },
      },
    },
    'quarterly-review': {
      name: 'Quarterly OKR review',
      description: 'Look back on the quarter: score the OKRs, learn from what happened, and set up the next one.',
      sections: {
        'look-back': { title: 'Look back', prompts: ['What are you most proud of this quarter?', 'What surprised you?', 'What would you do differently?'] },
        'okr-scores': {
          title: 'Score the OKRs',
          prompts: [
            'On a scale from 1 to 10, how far did you get with each objective?',
            'Which key results moved, and which did not?',
            'What would have taken you one step higher?',
          ],
        },
        lessons: { title: 'Lessons', prompts: ['Which obstacles did we see too late?', 'What will we keep doing, and what will we change?'] },
        'next-quarter': { title: 'Next quarter', prompts: ['Which objective matters most to you next quarter?', 'What should we carry over, and what can we drop?'] },
        'wrap-up': { title: 'Wrap-up', prompts: ['What is your biggest takeaway from this review?', 'How can I support you next quarter?'] },
      },
    },
    onboarding: {
      name: 'Onboarding 1:1',
      description: 'For someone new: how the first days feel, what is expected, and who and what can help.',
      sections: {
        'first-impressions': { title: 'First impressions', prompts: ['How were your first days?', 'What stood out, good or strange?'] },
        'role-expectations': {
          title: 'Role & expectations',
          prompts: [
            'How do you understand your role so far?',
            'What does success look like for you after three months?',
            'What is still unclear?',
          ],
        },
        'people-tools': {
          title: 'People & tools',
          prompts: [
            'Who have you met, and who should you meet next?',
            'Do you have everything you need to do your work?',
            'Where do you go when you are stuck?',
          ],
        },
        'first-goals': { title: 'First goals', prompts: ['What could be a first small win in the next weeks?', 'How will we know it went well?'] },
        'wrap-up': { title: 'Wrap-up', prompts: ['What would help you most this week?', 'What should I know about how you like to work?'] },
      },
    },
    salary: {
      name: 'Salary talk',
      description: 'A prepared talk about pay: you state the criteria, hear their case, and decide afterwards, not on the spot.',
      sections: {
        prepare: {
          title: 'Your preparation',
          prompts: [
            'Before the talk: where do they sit in the pay band for their role? When was their last raise, and how much was it?',
            'What does the market pay for this role, and what does the collective agreement or pay policy say?',
            'Which criteria will you name, and how much room do you really have?',
            'Mark your notes here private, so they stay out of the employee copy.',
          ],
        },
        purpose: {
          title: 'Purpose & process',
          prompts: [
            'What would you like to get out of this conversation?',
            'This is how pay is decided here. I will not decide today: you will hear from me by [date].',
          ],
        },
        contribution: {
          title: 'Contribution',
          prompts: [
            'Which results of the past period are you most proud of?',
            'Where has your role grown?',
            'How do you see your own performance?',
          ],
        },
        'market-criteria': {
          title: 'Criteria & market',
          prompts: [
            'These are the criteria we use for pay in this role: …',
            'How do you see yourself against each of them?',
            'What are your expectations, and what are they based on?',
          ],
        },
        'decision-path': {
          title: 'Decision & next steps',
          prompts: [
            'Who decides, and by when will you hear from me?',
            'If we cannot meet your expectation now, what else would matter to you?',
          ],
        },
        'wrap-up': { title: 'Wrap-up', prompts: ['Is there anything you have not said yet?', 'Let me sum up what I heard and what happens next.'] },
      },
    },
    'under-performance': {
      name: 'Under-performance talk',
      description: 'When the work falls short of what was agreed: name it in the first minute, give facts, listen longest, and agree on a written summary.',
      sections: {
        open: {
          title: 'Name the issue',
          prompts: [
            'I want to talk about [topic]: the work is falling short of what we agreed, and I want us to solve it together.',
            "I'll share what I've seen first, and then I want to hear your side.",
          ],
        },
        facts: {
          title: 'Facts: situation, behaviour, impact',
          prompts: [
            'Situation: when and where did it happen?',
            'Behaviour: what exactly did I see or hear, without judging?',
            'Impact: what did it mean for the team, clients or our goals?',
            'How does this land with you?',
          ],
        },
        'their-view': {
          title: 'Your view',
          prompts: [
            'How do you see it?',
            'What is getting in the way for you?',
            'Is anything outside work playing a part? Share only what you want to.',
            'What have you already tried?',
          ],
        },
        expectations: { title: 'Expectations', prompts: ['What exactly needs to change, and by when?', 'How will we both know it is better?'] },
        'support-follow-up': { title: 'Support & follow-up', prompts: ['What support do you need from me?', 'When do we check in on this again?'] },
        'written-summary': {
          title: 'Written summary',
          prompts: [
            "Let's agree on a short written summary: what we saw, what you will do, what I will do, and when we review it.",
            "I'll send it to you today; tell me if anything in it does not match how you see it.",
          ],
        },
      },
    },
    career: {
      name: 'Career development',
      description: 'Step away from daily work: ambitions, strengths, possible paths and a concrete next step.',
      sections: {
        ambitions: { title: 'Ambitions', prompts: ['Where would you like to be in two or three years?', 'What kind of work gives you energy?'] },
        strengths: { title: 'Strengths', prompts: ['What are you known for in the team?', 'Which strength would you like to use more?'] },
        paths: { title: 'Paths', prompts: ['Which roles or directions appeal to you here?', 'What experience would bring you closer?', 'Who could you learn from?'] },
        'development-plan': { title: 'Development plan', prompts: ['What is one step you can take this quarter?', 'How can I help you take it?'] },
        'wrap-up': { title: 'Wrap-up', prompts: ['What do you take away from this talk?', 'When shall we look at this again?'] },
      },
    },
    'speak-up': {
      name: 'Speak-up 1:1',
      description: 'For team members who hold back ideas and concerns: share the questions in advance, or let them answer in the chat.',
      sections: {
        'safe-start': {
          title: 'Safe start',
          prompts: [
            'There is no agenda from my side today; this time is yours.',
            'I sent the questions beforehand: shall we go through your answers?',
            'If typing is easier for you, you are welcome to answer in the chat.',
          ],
        },
        'their-topics': {
          title: 'Your topics',
          prompts: [
            'What would you like to talk about?',
            'Is there something you noticed that nobody mentions?',
            'What would you change if it were up to you?',
          ],
        },
        ideas: { title: 'Ideas', prompts: ['Which idea have you been holding on to?', 'How could we try it out in a small way?'] },
        'what-holds-back': { title: 'What holds you back', prompts: ['What makes it hard to speak up in meetings?', 'What could I or the team do to make it easier?'] },
        'wrap-up': { title: 'Wrap-up', prompts: ['What did you find useful today?', 'Would you like to bring one thing to the next team meeting, with my support?'] },
      },
    },
    'first-one-on-one': {
      name: 'First 1:1: getting to know each other',
      description: 'The first 1:1 with a new report or a new manager: who you both are, how they like to work, and how your 1:1s will run.',
      sections: {
        introductions: {
          title: 'Getting to know each other',
          prompts: [
            'Tell me a bit about yourself, at work and outside it.',
            'Let me tell you about me and how I like to work.',
          ],
        },
        'working-style': {
          title: 'How you like to work',
          prompts: [
            'When do you do your best work, and what drains your energy?',
            'How do you like to get feedback: right away, in writing, or in our 1:1s?',
            'How will I notice when you are under pressure, and what helps then?',
          ],
        },
        motivation: {
          title: 'What drives you',
          prompts: [
            'What are you most proud of in your work so far?',
            'What would make this the best job you have had?',
            'What would you like to learn here?',
          ],
        },
        'working-together': {
          title: 'How we work together',
          prompts: [
            'How often shall we meet, and what should these 1:1s be for?',
            'What did good managers do for you, and what should I avoid?',
            'This time is yours: bring your own topics first.',
          ],
        },
        'wrap-up': { title: 'Wrap-up', prompts: ['What questions do you have for me?', 'What should we talk about next time?'] },
      },
    },
    'stay-interview': {
      name: 'Stay interview',
      description: 'Find out what keeps someone here and what might make them leave, before they start looking elsewhere.',
      sections: {
        'why-stay': { title: 'What keeps you here', prompts: ['What do you look forward to when you start your working day?', 'What keeps you here?'] },
        energy: { title: 'Energy', prompts: ['What do you enjoy most in your work right now?', 'What drains your energy, and what would make it lighter?'] },
        growth: { title: 'Growth', prompts: ['What would you like to learn or do more of in the coming year?', 'Which of your talents do we use too little?'] },
        'leaving-risks': {
          title: 'What could make you leave',
          prompts: [
            'What might tempt you to leave?',
            'If you have ever thought about leaving, what was the reason?',
            'What is one thing I could change that would make you want to stay?',
          ],
        },
        'wrap-up': { title: 'Wrap-up', prompts: ['How do you like your work to be recognised?', 'What is one thing we will do about this, and by when?'] },
      },
    },
    'feedback-360': {
      name: 'Feedback / 360 conversation',
      description: 'Go through feedback from colleagues together: their own view first, then the themes, one or two focus points, and feedback for you.',
      sections: {
        purpose: { title: 'Purpose', prompts: ['This conversation is about learning, not judging: we go through the feedback together.', 'How was it for you to read it?'] },
        'self-view': { title: 'Your own view', prompts: ['Before we look at it: what went well, and what could be better?', 'What feedback did you expect?'] },
        themes: {
          title: 'The feedback',
          prompts: [
            'Which themes keep coming back?',
            'What surprises you, and what do you recognise?',
            "Let's take one example: what was the situation, the behaviour and the impact?",
          ],
        },
        focus: { title: 'One or two focus points', prompts: ['Which one or two points do you want to work on?', 'What would it look like once it has improved?'] },
        'feedback-for-me': { title: 'Feedback for me', prompts: ['What feedback do you have for me?', 'Was I too hard or too soft on anything?'] },
        'wrap-up': { title: 'Wrap-up', prompts: ['What will you do first, and whom will you ask for feedback next time?', 'When shall we look at your progress together?'] },
      },
    },
    'wellbeing-return': {
      name: 'Wellbeing & return from leave',
      description: 'When someone is not doing well or comes back from leave: how they really are, what changed, and a workload that fits for now.',
      sections: {
        welcome: {
          title: 'How are you',
          prompts: [
            'How are you, and how does it feel to be back?',
            'Share only what you want to; it stays between us unless we agree otherwise.',
          ],
        },
        wellbeing: {
          title: 'Wellbeing',
          prompts: [
            'How are your energy and sleep at the moment, from 1 to 10?',
            'What helps you, and what costs you energy?',
            'Is there anything outside work I should take into account?',
          ],
        },
        'what-changed': { title: 'What changed', prompts: ['This is what changed in the team and in our work while you were away.', 'What would you like to catch up on first?'] },
        workload: {
          title: 'A workload that fits',
          prompts: [
            'What workload feels right for the first weeks?',
            'What should you pick up first, and what can wait?',
            'Who could help you get back up to speed?',
          ],
        },
        'wrap-up': {
          title: 'Wrap-up',
          prompts: [
            'When shall we check in again, and how often for now?',
            'What would you like me to tell the team, and what not?',
            'Where can you turn if things get too much: occupational health, a counsellor, or me?',
          ],
        },
      },
    },
    'skip-level': {
      name: 'Skip-level 1:1',
      description: 'With someone in the team of a manager who reports to you: how their work and the team are going, and what they see that you might not.',
      sections: {
        purpose: {
          title: 'Purpose',
          prompts: [
            'I want to hear how things are for you and the team; this is not an assessment of you or your manager.',
            'Nothing you tell me goes further with your name on it unless you agree.',
          ],
        },
        'their-work': { title: 'Your work', prompts: ['What do you enjoy in your work right now?', 'What gets in the way of doing your best work?'] },
        team: { title: 'The team', prompts: ['How is the team doing, in your view?', 'What works well in how you work together, and what would you change?'] },
        direction: { title: 'Direction', prompts: ['How clear is it where we are going, and why?', 'If you were in my role, what would you change first?'] },
        'wrap-up': { title: 'Wrap-up', prompts: ['What should I take away from this?', 'What may I do with what you shared, and what stays between us?'] },
      },
    },
    'colleague-conflict': {
      name: 'Conflict between colleagues',
      description: 'A 1:1 with one of two colleagues in conflict: hear their side without judging, look at the other side, and find a workable next step.',
      sections: {
        purpose: {
          title: 'Purpose',
          prompts: [
            "I've noticed tension between you and [name], and I want to understand it; I'm not here to decide who is right.",
            'I will talk with [name] as well.',
          ],
        },
        'their-side': {
          title: 'Your side',
          prompts: [
            'What happened, from your point of view?',
            'When did it start, and which moments stand out?',
            'What does it do to you and to your work?',
          ],
        },
        'other-side': { title: 'The other side', prompts: ['How do you think [name] sees it?', 'What might [name] need from you?', 'Which part of this is yours?'] },
        'way-forward': {
          title: 'A way forward',
          prompts: [
            'What would working together look like if it went well enough?',
            'What can you do yourself, and what do you need from [name]?',
            'Would a conversation with the three of us help?',
          ],
        },
        'wrap-up': { title: 'Wrap-up', prompts: ['What do we agree on, and when do we look at how it is going?', 'What stays between us?'] },
      },
    },
  },
  signals: {
    negations: ['not', 'no', 'never', "don't", "doesn't", "didn't", "isn't", "wasn't", "aren't", "won't", 'hardly', 'without'],
    situations: {
      stuck: { match: ['stuck', 'blocked', 'no progress', 'going nowhere', "don't know how", 'dont know how', 'standstill', 'stalled', 'hit a wall', 'spinning * wheels'], unless: ['stuck to', 'stuck with it'] },
      tooAmbitious: { match: ['too ambitious', 'overambitious', 'too much', 'too big', 'everything at once', 'moonshot', 'boil the ocean', 'overcommit*', 'stretched too thin'] },
      impossible: { match: ['impossible', 'no way', "can't be done", 'cannot be done', 'unrealistic', 'not feasible', 'infeasible', 'never work', 'not achievable', 'not doable'] },
      blamesOthers: { match: ['their fault', 'his fault', 'her fault', 'not my fault', 'because of them', 'other team*', 'they never', 'they always', 'blame*'], unless: ['blame* myself', 'blame* himself', 'blame* herself', 'blame* themselves', 'blame* me'] },
      quiet: { match: ['quiet', 'silent', 'shy', 'hesitant', 'reserved', 'withdrawn', 'said little', "didn't say much"], unless: ['quiet week', 'quiet * week', 'quiet period'] },
      frustrated: { match: ['frustrat*', 'annoy*', 'fed up', 'angry', 'irritat*', 'tired of', 'sick of', 'upset'] },
      noGoals: { match: ['no goals', 'no clear goals', "don't know what", 'dont know what', 'no direction', 'unclear goals', 'nothing planned', 'no idea what', 'no plan'] },
      unclearProblem: { match: ['vague', 'somehow', 'something is off', 'something feels off', 'not sure why', 'unclear', 'a feeling', 'gut feeling', 'hard to put * finger on'] },
      ownership: { match: ['not my job', 'not my problem', 'not my responsibility', "someone else's", 'someone else should', 'not up to me', 'up to them', 'waiting for others', 'waits for others', 'passes the buck', 'nobody owns', 'no owner'] },
      closing: { match: ['wrap up', 'wrapping up', 'summary', 'summar*', 'next steps', 'takeaway*', 'to conclude', 'action items', 'to sum up'] },
    },
  },
};
