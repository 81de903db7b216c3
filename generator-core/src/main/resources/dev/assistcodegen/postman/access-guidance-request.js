pm.variables.set('assistCodegenGuidance', JSON.stringify({ requestId: pm.info.requestId, guidance: GUIDANCE }));
