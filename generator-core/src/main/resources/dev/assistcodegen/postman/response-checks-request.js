pm.variables.set('assistCodegenChecks', JSON.stringify({ requestId: pm.info.requestId, checks: CHECKS }));
