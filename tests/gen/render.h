// Renderers: one model, five ways a user pastes it.
#pragma once

#include <string>
#include <vector>

#include "gkgen/gen.h"
#include "model.h"

namespace gkgen {

// Renders the model; `notes` gets a few words on each random choice.
std::string render(const Model& m, Layout layout, Rng& rng, std::vector<std::string>& notes);

}  // namespace gkgen
