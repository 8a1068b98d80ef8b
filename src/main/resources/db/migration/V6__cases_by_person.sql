-- Every submission counts the proposer's open cases (system/OpenCaseLimit): find them by person, as sig_proposal does.
create index project_proposal_proposer on project_proposal (proposer);
create index partner_application_applicant on partner_application (applicant);
