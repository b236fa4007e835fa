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
  statementGroups: { personalDevelopment: 'Personal development', leadership: 'Quality of leadership' },
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
          prompts: ['Which measurable milestones will show us that we are making progress?', 'Are they realistic, and still ambitious enough to move us forward?'],
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
      description: 'A short, regular check-in: how they are, what is in the way, and what matters this week.',
      sections: {
        'check-in': { title: 'Check-in', prompts: ['How are you, really?', 'What is on your mind this week?'] },
        'wins-blockers': {
          title: 'Wins & blockers',
          prompts: ['What went well since we last spoke?', 'What is slowing you down?', 'Where could I clear the way for you?'],
        },
        priorities: { title: 'Priorities', prompts: ['What are your top three priorities this week?', 'Is there anything we should stop or postpone?'] },
        growth: { title: 'Growth', prompts: ['What did you learn recently?', 'Is there feedback you would like from me?'] },
        'next-steps': { title: 'Next steps', prompts: ['What will you do before we meet again?', 'What will I do for you?'] },
      },
    },
    'quarterly-review': {
      name: 'Quarterly OKR review',
      description: 'Look back on the quarter: score the OKRs, learn from what happened, and set up the next one.',
      sections: {
        'look-back': {
          title: 'Look back',
          prompts: ['What are you most proud of this quarter?', 'What surprised you?', 'What would you do differently?'],
        },
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
          prompts: ['How do you understand your role so far?', 'What does success look like for you after three months?', 'What is still unclear?'],
        },
        'people-tools': {
          title: 'People & tools',
          prompts: ['Who have you met, and who should you meet next?', 'Do you have everything you need to do your work?', 'Where do you go when you are stuck?'],
        },
        'first-goals': { title: 'First goals', prompts: ['What could be a first small win in the next weeks?', 'How will we know it went well?'] },
        'wrap-up': { title: 'Wrap-up', prompts: ['What would help you most this week?', 'What should I know about how you like to work?'] },
      },
    },
    salary: {
      name: 'Salary talk',
      description: 'A fair, prepared conversation about pay: contribution, criteria and the way a decision is made.',
      sections: {
        purpose: { title: 'Purpose', prompts: ['What would you like to get out of this conversation?', 'Here is how the salary process works for us.'] },
        contribution: {
          title: 'Contribution',
          prompts: ['Which results of the past period are you most proud of?', 'Where has your role grown?', 'How do you see your own performance?'],
        },
        'market-criteria': { title: 'Criteria & market', prompts: ['Which criteria do we use for pay in this role?', 'What are your expectations, and what are they based on?'] },
        'decision-path': { title: 'Decision & next steps', prompts: ['Who decides, and when will you hear back?', 'If we cannot meet your expectation now, what else would matter to you?'] },
        'wrap-up': { title: 'Wrap-up', prompts: ['Is there anything you have not said yet?', 'Let me summarise what we agreed.'] },
      },
    },
    'under-performance': {
      name: 'Under-performance talk',
      description: "When you like someone but they don't deliver: name the facts, hear their side, agree on clear expectations.",
      sections: {
        open: { title: 'Open', prompts: ['I want to talk about something that matters to me and to you.', 'How do you feel your work has been going lately?'] },
        facts: {
          title: 'Facts',
          prompts: ['Here is what I have seen, with examples.', 'What is the impact on the team and on our goals?', 'Does this match how you see it?'],
        },
        'their-view': {
          title: 'Their view',
          prompts: ['What is getting in the way for you?', 'How much of this is in your control?', 'What have you already tried?'],
        },
        expectations: { title: 'Expectations', prompts: ['What exactly needs to change, and by when?', 'How will we both know it is better?'] },
        'support-follow-up': { title: 'Support & follow-up', prompts: ['What support do you need from me?', 'When do we check in on this again?'] },
      },
    },
    career: {
      name: 'Career development',
      description: 'Step away from daily work: ambitions, strengths, possible paths and a concrete next step.',
      sections: {
        ambitions: { title: 'Ambitions', prompts: ['Where would you like to be in two or three years?', 'What kind of work gives you energy?'] },
        strengths: { title: 'Strengths', prompts: ['What are you known for in the team?', 'Which strength would you like to use more?'] },
        paths: {
          title: 'Paths',
          prompts: ['Which roles or directions appeal to you here?', 'What experience would bring you closer?', 'Who could you learn from?'],
        },
        'development-plan': { title: 'Development plan', prompts: ['What is one step you can take this quarter?', 'How can I help you take it?'] },
        'wrap-up': { title: 'Wrap-up', prompts: ['What do you take away from this talk?', 'When shall we look at this again?'] },
      },
    },
    'speak-up': {
      name: 'Speak-up 1:1',
      description: 'For quieter team members: a safe, unhurried talk where their topics and ideas come first.',
      sections: {
        'safe-start': { title: 'Safe start', prompts: ['There is no agenda from my side today; this time is yours.', 'How are things for you at the moment?'] },
        'their-topics': {
          title: 'Your topics',
          prompts: ['What would you like to talk about?', 'Is there something you noticed that nobody mentions?', 'What would you change if it were up to you?'],
        },
        ideas: { title: 'Ideas', prompts: ['Which idea have you been holding on to?', 'How could we try it out in a small way?'] },
        'what-holds-back': {
          title: 'What holds you back',
          prompts: ['What makes it hard to speak up in meetings?', 'What could I or the team do to make it easier?'],
        },
        'wrap-up': { title: 'Wrap-up', prompts: ['What did you find useful today?', 'Would you like to bring one thing to the next team meeting, with my support?'] },
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
